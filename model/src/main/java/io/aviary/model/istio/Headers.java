package io.aviary.model.istio;

/** Header manipulation for the request sent upstream and the response sent back. */
public record Headers(HeaderOperations request, HeaderOperations response) {

  public static final Headers NONE = new Headers(HeaderOperations.NONE, HeaderOperations.NONE);

  public Headers {
    request = request == null ? HeaderOperations.NONE : request;
    response = response == null ? HeaderOperations.NONE : response;
  }
}
