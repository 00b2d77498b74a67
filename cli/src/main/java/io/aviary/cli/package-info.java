/** The {@code aviary} command line: one picocli command class per subcommand, wired in {@link io.aviary.cli.AviaryCommand}. */
@NullMarked
package io.aviary.cli;

import org.jspecify.annotations.NullMarked;
