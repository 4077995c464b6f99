package org.papergraph.api.web;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.papergraph.api.security.WriteAuthorization;
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
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("SPARQL syntax error");
    if (e.getLine() > 0) {
      p.setProperty("line", e.getLine());
      p.setProperty("column", e.getColumn());
    }
    return p;
  }

  @ExceptionHandler(BadRequestException.class)
  ProblemDetail badRequest(BadRequestException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Bad request");
    return p;
  }

  @ExceptionHandler(NotAcceptableException.class)
  ProblemDetail notAcceptable(NotAcceptableException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, e.getMessage());
    p.setTitle("Not acceptable");
    return p;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setTitle("Not found");
    return p;
  }

  @ExceptionHandler(WriteAuthorization.WritesDisabledException.class)
  ProblemDetail writesOff(WriteAuthorization.WritesDisabledException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    p.setTitle("Writes are off");
    return p;
  }

  @ExceptionHandler(WriteAuthorization.UnauthorizedException.class)
  ResponseEntity<ProblemDetail> unauthorized(WriteAuthorization.UnauthorizedException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
    p.setTitle("Unauthorized");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"papergraph\"").body(p);
  }

  @ExceptionHandler(UnsupportedMediaTypeException.class)
  ProblemDetail unsupportedMediaType(UnsupportedMediaTypeException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    p.setTitle("Unsupported media type");
    return p;
  }

  /** Anything unforeseen: logged here with its stack, answered without internals. */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e) {
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
}
