package org.papergraph.api.web;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.papergraph.core.store.FunctionArgumentException;
import org.papergraph.core.store.ReservedGraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps every error to an RFC 9457 problem detail, in this one place. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(QueryParseException.class)
  ProblemDetail syntax(QueryParseException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "SPARQL syntax error", e);
    if (e.getLine() > 0) {
      p.setProperty("line", e.getLine());
      p.setProperty("column", e.getColumn());
    }
    return p;
  }

  /** A property function (pg:similarTo, pg:paperCounts, ...) given arguments it cannot take. */
  @ExceptionHandler(FunctionArgumentException.class)
  ProblemDetail functionArgument(FunctionArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad property function call", e);
  }

  @ExceptionHandler(BadRequestException.class)
  ProblemDetail badRequest(BadRequestException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad request", e);
  }

  /** Tomcat's refusal of a parameter it cannot decode, such as {@code cursor=%%%garbage}. */
  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail badParameter(InvalidParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad request", new BadRequestException("a request parameter is not properly encoded: " + e.getMessage()));
  }

  @ExceptionHandler(NotAcceptableException.class)
  ProblemDetail notAcceptable(NotAcceptableException e) {
    return problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", e);
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e);
  }

  @ExceptionHandler(NotEnabledException.class)
  ProblemDetail notEnabled(NotEnabledException e) {
    return problem(HttpStatus.NOT_IMPLEMENTED, "Not enabled", e);
  }

  @ExceptionHandler(UnauthorizedException.class)
  ResponseEntity<ProblemDetail> unauthorized(UnauthorizedException e) {
    ProblemDetail p = problem(HttpStatus.UNAUTHORIZED, "Unauthorized", e);
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"papergraph\"").body(p);
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e);
  }

  @ExceptionHandler(ReservedGraphException.class)
  ProblemDetail reservedGraph(ReservedGraphException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e);
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ProblemDetail tooLarge(PayloadTooLargeException e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", e);
  }

  @ExceptionHandler(UnsupportedMediaTypeException.class)
  ProblemDetail unsupportedMediaType(UnsupportedMediaTypeException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", e);
  }

  /**
   * Anything unforeseen: logged here with its stack, answered without internals. Once part of a
   * response is sent, no error document can follow it: the exception goes on to the container,
   * which cuts the connection, so a client never takes a partial result for a whole one.
   */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e, jakarta.servlet.http.HttpServletResponse response) {
    if (response.isCommitted()) {
      throw e;
    }
    log.error("unexpected error", e);
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "the server failed to answer; the error is in its log");
    p.setTitle("Internal error");
    return p;
  }

  @ExceptionHandler(QueryCancelledException.class)
  ProblemDetail timeout(QueryCancelledException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "the query timed out and was stopped; no results are given");
    p.setTitle("Query timed out");
    return p;
  }

  @ExceptionHandler(ServiceUnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Not ready", e));
  }

  @ExceptionHandler(UpdateTimedOutException.class)
  ProblemDetail updateTimeout(UpdateTimedOutException e) {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Update timed out", e);
  }

  private static ProblemDetail problem(HttpStatus status, String title, Exception e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    p.setTitle(title);
    return p;
  }
}
