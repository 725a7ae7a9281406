package io.github.xaijava.errors;

import io.github.xaijava.internal.errors.ApiExceptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Creates the status exceptions for the client, which reaches it through {@link ApiExceptions}. */
final class Construction implements ApiExceptions.Factory {

  @Override
  public XaiApiException create(ApiExceptions.Kind kind, int statusCode, String code, String error,
      String requestId, Map<String, List<String>> headers, String rawBody, int retryCount,
      Duration retryAfter) {
    XaiApiException.Answer a = new XaiApiException.Answer(
        statusCode, code, error, requestId, headers, rawBody, retryCount);
    return switch (kind) {
      case AUTHENTICATION -> new AuthenticationException(a);
      case BAD_REQUEST -> new BadRequestException(a);
      case PERMISSION_DENIED -> new PermissionDeniedException(a);
      case NOT_FOUND -> new NotFoundException(a);
      case CONFLICT -> new ConflictException(a);
      case UNPROCESSABLE_ENTITY -> new UnprocessableEntityException(a);
      case RATE_LIMIT -> new RateLimitException(a, retryAfter);
      case INTERNAL_SERVER -> new InternalServerException(a);
      case UNEXPECTED_STATUS -> new UnexpectedStatusException(a);
    };
  }
}
