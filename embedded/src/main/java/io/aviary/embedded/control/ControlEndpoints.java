package io.aviary.embedded.control;

import io.aviary.controller.observe.Command;
import io.aviary.embedded.driver.CanaryControllers;
import io.aviary.embedded.driver.CanaryDriver;
import io.aviary.embedded.state.CanaryRecord;
import io.aviary.gateway.admin.AdminRequest;
import io.aviary.gateway.admin.AdminResponse;
import io.aviary.gateway.admin.AdminRoutes;
import io.aviary.model.ResourceId;
import io.aviary.model.aviary.Canary;
import io.aviary.model.istio.VirtualService;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The control routes: {@code GET /canaries[?events=true]}, {@code GET /canaries/NS/NAME},
 * {@code POST /canaries/NS/NAME/(promote|rollback|pause|resume)} and
 * {@code POST /virtualservices/NS/NAME/weights}. Answers are JSON; refusals say why in {@code {"errors": [...]}}.
 */
public final class ControlEndpoints {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private volatile @Nullable CanaryControllers controllers;
  private volatile @Nullable ManualWeightsService weights;

  /**
   * Binds the routes to the running controllers. The admin server starts with the gateway, before the controllers
   * can (they need the gateway's store and telemetry); until then every control route answers 503.
   */
  public void bind(CanaryControllers runningControllers, ManualWeightsService weightsService) {
    this.weights = weightsService;
    this.controllers = runningControllers;
  }

  public AdminRoutes register(AdminRoutes routes) {
    return routes
        .read("/canaries", request -> whenBound(request, this::list))
        .read("/canaries/*", request -> whenBound(request, this::one))
        .write("POST", "/canaries/*", request -> whenBound(request, this::command))
        .write("POST", "/virtualservices/*", request -> whenBound(request, this::setWeights));
  }

  private AdminResponse whenBound(AdminRequest request, java.util.function.Function<AdminRequest, AdminResponse> route) {
    return controllers == null
        ? json(503, new Errors(List.of("the canary controllers are starting")))
        : route.apply(request);
  }

  private AdminResponse list(AdminRequest request) {
    boolean events = "true".equals(request.query().get("events"));
    List<CanaryView> views = Objects.requireNonNull(controllers).drivers().stream()
        .map(CanaryDriver::record).filter(Objects::nonNull)
        .sorted(Comparator.comparing((CanaryRecord r) -> r.canary().namespace()).thenComparing(r -> r.canary().name()))
        .map(record -> CanaryView.of(record, events)).toList();
    return json(200, new CanaryList(views));
  }

  record CanaryList(List<CanaryView> canaries) {}

  record Errors(List<String> errors) {}

  record Accepted(String accepted) {}

  private AdminResponse one(AdminRequest request) {
    String[] parts = request.path().split("/");
    if (parts.length != 4) {
      return json(404, new Errors(List.of("expected /canaries/NAMESPACE/NAME")));
    }
    ResourceId id = new ResourceId(Canary.KIND, parts[2], parts[3]);
    CanaryRecord record = Objects.requireNonNull(controllers).driver(id).map(CanaryDriver::record).orElse(null);
    return record == null
        ? json(404, new Errors(List.of("canary %s/%s is not running".formatted(parts[2], parts[3]))))
        : json(200, CanaryView.of(record, "true".equals(request.query().get("events"))));
  }

  private AdminResponse command(AdminRequest request) {
    String[] parts = request.path().split("/");
    if (parts.length != 5) {
      return json(404, new Errors(List.of("expected /canaries/NAMESPACE/NAME/(promote|rollback|pause|resume)")));
    }
    Command command;
    try {
      command = Command.valueOf(parts[4].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return json(404, new Errors(List.of(parts[4] + ": unknown command (expected: promote, rollback, pause, resume)")));
    }
    ResourceId id = new ResourceId(Canary.KIND, parts[2], parts[3]);
    return Objects.requireNonNull(controllers).command(id, command)
        ? json(202, new Accepted("%s %s/%s".formatted(parts[4], parts[2], parts[3])))
        : json(404, new Errors(List.of("canary %s/%s is not running".formatted(parts[2], parts[3]))));
  }

  private AdminResponse setWeights(AdminRequest request) {
    String[] parts = request.path().split("/");
    if (parts.length != 5 || !parts[4].equals("weights")) {
      return json(404, new Errors(List.of("expected /virtualservices/NAMESPACE/NAME/weights")));
    }
    ManualWeightsRequest body;
    try {
      body = JSON.readValue(request.body(), ManualWeightsRequest.class);
    } catch (JacksonException e) {
      return json(400, new Errors(List.of("body: not a weights request: " + e.getOriginalMessage())));
    }
    List<String> problems = Objects.requireNonNull(weights).apply(new ResourceId(VirtualService.KIND, parts[2], parts[3]), body);
    return problems.isEmpty()
        ? json(200, new Accepted("weights of %s/%s".formatted(parts[2], parts[3])))
        : json(400, new Errors(problems));
  }

  private static AdminResponse json(int status, Object body) {
    return AdminResponse.json(status, JSON.writeValueAsString(body));
  }
}
