package io.aviary.simulation.policy;

import io.aviary.simulation.policy.Outcome.Ending;
import io.aviary.simulation.policy.Rollout.Progress;
import io.aviary.simulation.traffic.SecondTraffic;
import io.aviary.simulation.traffic.TrafficGenerator;
import io.aviary.simulation.traffic.VersionSecond;

/** Drives one policy through one run: weight, traffic, decision, second by second, until an end or the horizon. */
public final class RunDriver {

  /** Doc §7.2: until promotion or rollback, capped at an hour. */
  public static final int HORIZON_SECONDS = 3600;

  private RunDriver() {}

  public static Outcome drive(Policy policy, TrafficGenerator traffic) {
    Rollout rollout = policy.rollout();
    SecondTraffic second = new SecondTraffic();
    for (int t = -rollout.leadSeconds(); t < 0; t++) {
      traffic.draw(t, 0, second);
      rollout.beforeStart(second);
    }
    rollout.start();
    int onset = traffic.scenario().onsetSecond();
    long canaryRequests = 0;
    long bad = 0;
    for (int t = 0; t < HORIZON_SECONDS; t++) {
      traffic.draw(t, rollout.canaryWeight(), second);
      if (t >= onset) {
        VersionSecond canary = second.canary();
        canaryRequests += canary.requests();
        bad += canary.errors() + canary.slow();
      }
      Progress progress = rollout.afterSecond(t, second);
      if (progress != Progress.RUNNING) {
        Ending ending = progress == Progress.ROLLED_BACK ? Ending.ROLLED_BACK : Ending.PROMOTED;
        return new Outcome(ending, t + 1, canaryRequests, bad, rollout.decision());
      }
    }
    return new Outcome(Ending.UNDECIDED, HORIZON_SECONDS, canaryRequests, bad, "");
  }
}
