package io.aviary.store;

import static io.aviary.store.TestResources.configMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.Resource;
import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.store.ApplyResult.Applied;
import io.aviary.store.ApplyResult.Rejected;
import io.aviary.validation.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryConfigStoreTest {

  private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
  private static final ResourceId COUNTER = new ResourceId("ConfigMap", "default", "counter");

  private final InMemoryConfigStore store = new InMemoryConfigStore(
      CandidateValidator.of(TestResources.verdictValidator()), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void startsEmptyAtVersionZero() {
    assertThat(store.current().version()).isZero();
    assertThat(store.current().resources().all()).isEmpty();
    assertThat(store.lastRejection()).isEmpty();
  }

  @Test
  void applyingAValidSetPublishesTheNextVersionAndNotifiesListenersOnce() {
    List<ConfigSnapshot> seen = new CopyOnWriteArrayList<>();
    Subscription subscription = store.watch(seen::add);

    ApplyResult result = store.apply(ResourceSet.of(List.of(configMap("a"))), "test: first");

    subscription.close();
    assertThat(result).isInstanceOf(Applied.class);
    ConfigSnapshot snapshot = ((Applied) result).snapshot();
    assertThat(snapshot.version()).isEqualTo(1);
    assertThat(snapshot.appliedAt()).isEqualTo(NOW);
    assertThat(snapshot.source()).isEqualTo("test: first");
    assertThat(store.current()).isSameAs(snapshot);
    assertThat(seen).containsExactly(snapshot);
  }

  @Test
  void applyingASetWithWarningsPublishesItAndReturnsTheWarnings() {
    Resource warned = configMap("w", Map.of("verdict", "warning"), Map.of());

    ApplyResult result = store.apply(ResourceSet.of(List.of(warned)), "test");

    assertThat(result).isInstanceOfSatisfying(Applied.class, applied -> assertThat(applied.warnings())
        .singleElement().satisfies(finding -> assertThat(finding.level()).isEqualTo(Level.Warning)));
  }

  @Test
  void applyingASetWithErrorsIsRejectedAndKeepsTheSnapshot() {
    store.apply(ResourceSet.of(List.of(configMap("good"))), "test: good");
    ConfigSnapshot before = store.current();
    List<ConfigSnapshot> seen = new CopyOnWriteArrayList<>();
    Subscription subscription = store.watch(seen::add);
    Resource bad = configMap("bad", Map.of("verdict", "error"), Map.of());

    ApplyResult result = store.apply(ResourceSet.of(List.of(bad)), "test: bad");

    subscription.close();
    assertThat(result).isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.findings())
        .singleElement().satisfies(finding -> assertThat(finding.code()).isEqualTo(VerdictLabelAnalyzer.CODE)));
    assertThat(store.current()).isSameAs(before);
    assertThat(seen).isEmpty();
    assertThat(store.lastRejection()).hasValueSatisfying(rejection -> {
      assertThat(rejection.source()).isEqualTo("test: bad");
      assertThat(rejection.at()).isEqualTo(NOW);
      assertThat(rejection.problems()).singleElement().asString()
          .contains("ConfigMap default/bad").contains("verdict: error");
    });
  }

  @Test
  void anUpdateThatChangesNothingPublishesNothing() {
    store.apply(ResourceSet.of(List.of(configMap("a"))), "test");

    ApplyResult result = store.update(resources -> resources, "no-op");

    assertThat(result).isInstanceOfSatisfying(Applied.class,
        applied -> assertThat(applied.snapshot().version()).isEqualTo(1));
  }

  @Test
  void concurrentUpdatesNeverLoseAnIncrement() throws Exception {
    store.apply(ResourceSet.of(List.of(configMap("counter"))), "test");
    int threads = 8;
    int incrementsPerThread = 100;
    CountDownLatch start = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        writers.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < incrementsPerThread; i++) {
            store.update(InMemoryConfigStoreTest::incrementCounter, "test: increment");
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get();
      }
    }

    assertThat(counterOf(store.current().resources())).isEqualTo(threads * incrementsPerThread);
    assertThat(store.current().version()).isEqualTo(1 + threads * incrementsPerThread);
  }

  @Test
  void listenersSeeVersionsInIncreasingOrderWhileWritersRace() {
    store.apply(ResourceSet.of(List.of(configMap("counter"))), "test");
    List<Long> versions = new CopyOnWriteArrayList<>();
    Subscription subscription = store.watch(snapshot -> versions.add(snapshot.version()));
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (int t = 0; t < 4; t++) {
        pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            store.update(InMemoryConfigStoreTest::incrementCounter, "test");
          }
        });
      }
    }
    subscription.close();

    assertThat(versions).isSorted().doesNotHaveDuplicates().last().isEqualTo(store.current().version());
  }

  @Test
  void aClosedSubscriptionIsNotNotified() {
    List<ConfigSnapshot> seen = new CopyOnWriteArrayList<>();
    store.watch(seen::add).close();

    store.apply(ResourceSet.of(List.of(configMap("a"))), "test");

    assertThat(seen).isEmpty();
  }

  @Test
  void aFailingListenerDoesNotUndoTheSwapOrStarveOtherListeners() {
    List<ConfigSnapshot> seen = new CopyOnWriteArrayList<>();
    List<Throwable> reported = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
    Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> reported.add(error));
    store.watch(snapshot -> {
      throw new IllegalStateException("listener broke");
    });
    store.watch(seen::add);
    try {
      store.apply(ResourceSet.of(List.of(configMap("a"))), "test");
    } finally {
      Thread.currentThread().setUncaughtExceptionHandler(previous);
    }

    assertThat(store.current().version()).isEqualTo(1);
    assertThat(seen).hasSize(1);
    assertThat(reported).extracting(Throwable::getMessage).containsExactly("listener broke");
  }

  private static ResourceSet incrementCounter(ResourceSet resources) {
    Resource counter = resources.get(COUNTER).orElseThrow();
    int next = counterOf(resources) + 1;
    return resources.with(TestResources.withAnnotation(counter, "count", Integer.toString(next)));
  }

  private static int counterOf(ResourceSet resources) {
    return Integer.parseInt(resources.get(COUNTER).orElseThrow().metadata().annotations().getOrDefault("count", "0"));
  }
}
