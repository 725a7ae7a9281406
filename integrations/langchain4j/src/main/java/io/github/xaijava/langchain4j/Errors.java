package io.github.xaijava.langchain4j;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.LangChain4jException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import io.github.xaijava.errors.NotFoundException;
import io.github.xaijava.errors.XaiApiException;
import io.github.xaijava.errors.XaiIoException;

/**
 * xai-java's exceptions as LangChain4j's, so its retry and error handling work as with any
 * provider; the original is the cause (status, xAI's code, request id, headers).
 */
final class Errors {

  private Errors() {
  }

  static RuntimeException map(Throwable t) {
    Throwable e = t instanceof java.util.concurrent.CompletionException && t.getCause() != null
        ? t.getCause() : t;
    if (e instanceof io.github.xaijava.errors.AuthenticationException
        || e instanceof io.github.xaijava.errors.PermissionDeniedException) {
      return new AuthenticationException(e);
    }
    if (e instanceof io.github.xaijava.errors.RateLimitException) {
      return new RateLimitException(e);
    }
    if (e instanceof NotFoundException) {
      return new ModelNotFoundException(e);
    }
    if (e instanceof io.github.xaijava.errors.BadRequestException
        || e instanceof io.github.xaijava.errors.UnprocessableEntityException) {
      return new InvalidRequestException(e);
    }
    if (e instanceof io.github.xaijava.errors.InternalServerException) {
      return new InternalServerException(e);
    }
    if (e instanceof XaiApiException api) {
      return new HttpException(api.statusCode(), api.getMessage());
    }
    if (e instanceof XaiIoException io && io.isTimeout()) {
      return new TimeoutException(e);
    }
    if (e instanceof LangChain4jException l) {
      return l;
    }
    return new LangChain4jException(e);
  }
}
