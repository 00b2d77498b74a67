package io.aviary.gateway.upstream.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.gateway.upstream.policy.ConnectionLimits;
import org.junit.jupiter.api.Test;

class CircuitBreakersTest {

  @Test
  void requestsBeyondTheLimitOverflowUntilOneIsReleased() {
    CircuitBreakers breakers = new CircuitBreakers(
        new ConnectionLimits(ConnectionLimits.UNLIMITED, ConnectionLimits.UNLIMITED, 2, ConnectionLimits.UNLIMITED, 0));

    Admission first = breakers.tryAcquire(PoolResource.ACTIVE_REQUEST);
    Admission second = breakers.tryAcquire(PoolResource.ACTIVE_REQUEST);
    Admission third = breakers.tryAcquire(PoolResource.ACTIVE_REQUEST);

    assertThat(first).isInstanceOf(Admission.Admitted.class);
    assertThat(second).isInstanceOf(Admission.Admitted.class);
    assertThat(third).isEqualTo(new Admission.Overflow(PoolResource.ACTIVE_REQUEST, 2));
    ((Admission.Admitted) first).permit().release();
    assertThat(breakers.tryAcquire(PoolResource.ACTIVE_REQUEST)).isInstanceOf(Admission.Admitted.class);
  }

  @Test
  void releasingAPermitTwiceFreesOnlyOneUnit() {
    CircuitBreakers breakers = new CircuitBreakers(
        new ConnectionLimits(ConnectionLimits.UNLIMITED, 1, ConnectionLimits.UNLIMITED, ConnectionLimits.UNLIMITED, 0));
    Permit permit = ((Admission.Admitted) breakers.tryAcquire(PoolResource.PENDING_REQUEST)).permit();
    breakers.tryAcquire(PoolResource.ACTIVE_REQUEST);

    permit.release();
    permit.release();

    assertThat(breakers.inUse(PoolResource.PENDING_REQUEST)).isZero();
  }

  @Test
  void eachResourceCountsAgainstItsOwnLimit() {
    CircuitBreakers breakers = new CircuitBreakers(new ConnectionLimits(1, 1, 1, 1, 1));

    for (PoolResource resource : PoolResource.values()) {
      assertThat(breakers.tryAcquire(resource)).as(resource.name()).isInstanceOf(Admission.Admitted.class);
      assertThat(breakers.tryAcquire(resource)).as(resource.name()).isInstanceOf(Admission.Overflow.class);
    }
    assertThat(breakers.maxRequestsPerConnection()).isEqualTo(1);
  }

  @Test
  void istioDefaultsNeverOverflowInPractice() {
    CircuitBreakers breakers = new CircuitBreakers(ConnectionLimits.DEFAULT);

    for (int i = 0; i < 100_000; i++) {
      assertThat(breakers.tryAcquire(PoolResource.ACTIVE_RETRY)).isInstanceOf(Admission.Admitted.class);
    }
    assertThat(breakers.limitOf(PoolResource.ACTIVE_RETRY)).isEqualTo(4_294_967_295L);
  }
}
