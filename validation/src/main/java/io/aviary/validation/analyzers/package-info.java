/**
 * istioctl analyze's semantic analyzers, one class per Istio analyzer, reporting Istio's codes, levels and
 * message templates byte for byte so that users can search the findings in Istio's documentation. Each class
 * names the Istio analyzer it mirrors and says where Aviary deliberately differs.
 */
@NullMarked
package io.aviary.validation.analyzers;

import org.jspecify.annotations.NullMarked;
