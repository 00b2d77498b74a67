package io.aviary.routing;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.aviary.model.istio.Destination;
import io.aviary.model.istio.HostName;
import io.aviary.model.istio.HttpDirectResponse;
import io.aviary.model.istio.HttpMirrorPolicy;
import io.aviary.model.istio.HttpRewrite;
import io.aviary.model.istio.HttpRoute;
import io.aviary.model.istio.RouteDestination;
import io.aviary.routing.RouteDecision.DirectResponse;
import io.aviary.routing.RouteDecision.Forward;
import io.aviary.routing.RouteDecision.NoRoute;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Compiles what a rule does (redirect, direct response or weighted forward) into a {@link RouteAction}. */
final class ActionCompiler {

  private ActionCompiler() {}

  /**
   * @param matchedPrefix what the match block's {@code uri} matched, for prefix rewrites ({@code "/"} without
   *     {@code uri}, {@code null} for regex)
   */
  static RouteAction compile(RouteRef ref, HttpRoute rule, String namespace, @Nullable String matchedPrefix) {
    if (rule.redirect() != null) {
      return new RouteAction.RedirectTo(new RedirectTemplate(ref, rule.redirect(), matchedPrefix));
    }
    if (rule.directResponse() != null) {
      return new RouteAction.Fixed(directResponse(ref, rule.directResponse()));
    }
    if (rule.route().isEmpty()) {
      return new RouteAction.Fixed(new NoRoute(NoRouteReason.NO_MATCHING_RULE,
          ref.label() + " of " + ref.virtualService().qualifiedName() + " has no route, redirect or directResponse"));
    }
    ForwardPolicy policy = policy(rule, namespace, matchedPrefix);
    List<Forward> choices = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (RouteDestination destination : rule.route()) {
      choices.add(new Forward(ref, target(destination.destination(), namespace),
          policy.withDestinationHeaders(destination.headers())));
      weights.add(destination.weightOrZero());
    }
    return new RouteAction.ForwardTo(WeightedPicker.of(choices, weights));
  }

  static Target target(Destination destination, String namespace) {
    return new Target(HostName.resolve(destination.host(), namespace), destination.subset(), destination.portNumber());
  }

  private static DirectResponse directResponse(RouteRef ref, HttpDirectResponse response) {
    int status = response.status() == null ? 200 : response.status();
    HttpDirectResponse.Body body = response.body();
    String text = null;
    if (body != null && body.string() != null) {
      text = body.string();
    } else if (body != null && body.bytes() != null) {
      text = new String(Base64.getDecoder().decode(body.bytes()), StandardCharsets.UTF_8);
    }
    return new DirectResponse(ref, status, text);
  }

  private static ForwardPolicy policy(HttpRoute rule, String namespace, @Nullable String matchedPrefix) {
    HttpRewrite rewrite = rule.rewrite();
    return new ForwardPolicy(
        rewrite == null ? null : pathRewrite(rewrite, matchedPrefix),
        rewrite == null ? null : rewrite.authority(),
        rule.timeout(),
        rule.retries(),
        rule.fault(),
        mirrors(rule, namespace),
        rule.headers(),
        io.aviary.model.istio.Headers.NONE,
        rule.corsPolicy());
  }

  private static @Nullable PathRewrite pathRewrite(HttpRewrite rewrite, @Nullable String matchedPrefix) {
    HttpRewrite.RegexRewrite regex = rewrite.uriRegexRewrite();
    if (regex != null && regex.match() != null && regex.rewrite() != null) {
      try {
        return new PathRewrite(null, null, Pattern.compile(regex.match()), re2jReplacement(regex.rewrite()));
      } catch (PatternSyntaxException invalid) {
        return null;
      }
    }
    return rewrite.uri() == null ? null : new PathRewrite(rewrite.uri(), matchedPrefix, null, null);
  }

  /** Envoy writes capture groups as {@code \1}; RE2J's replaceAll reads {@code $1} and needs {@code $} escaped. */
  private static String re2jReplacement(String envoyStyle) {
    return envoyStyle.replace("$", "\\$").replaceAll("\\\\(\\d)", "\\$$1");
  }

  private static List<Mirror> mirrors(HttpRoute rule, String namespace) {
    List<Mirror> mirrors = new ArrayList<>();
    if (rule.mirror() != null) {
      double percent = rule.mirrorPercentage() != null ? rule.mirrorPercentage().value()
          : rule.mirrorPercent() != null ? rule.mirrorPercent() : 100.0;
      mirrors.add(new Mirror(target(rule.mirror(), namespace), percent));
    }
    for (HttpMirrorPolicy policy : rule.mirrors()) {
      double percent = policy.percentage() == null ? 100.0 : policy.percentage().value();
      mirrors.add(new Mirror(target(policy.destination(), namespace), percent));
    }
    return mirrors;
  }
}
