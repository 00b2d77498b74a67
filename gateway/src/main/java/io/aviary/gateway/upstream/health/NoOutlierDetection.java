package io.aviary.gateway.upstream.health;

/** A cluster without {@code outlierDetection}: outcomes are ignored and nothing is ever ejected. */
final class NoOutlierDetection implements OutlierDetector {

  @Override
  public void onResponse(int endpoint, int status) {}

  @Override
  public void onConnectFailure(int endpoint) {}

  @Override
  public boolean isEjected(int endpoint) {
    return false;
  }

  @Override
  public int ejectedCount() {
    return 0;
  }

  @Override
  public void review() {}
}
