package io.gongxin.platform.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.Outages;
import io.gongxin.platform.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The one place where failures of REST endpoints become RFC 9457 problem documents.
 * Domain code throws {@link DomainException}s with stable codes; this maps them, and
 * framework failures, to statuses. Unexpected failures never leak their message: the
 * client gets a correlation id to quote instead.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	/**
	 * SQLStates that mean the submitted value itself cannot be stored: NUL or broken
	 * encoding, too long for its column or index row, not a number or date, out of range.
	 */
	private static final java.util.Set<String> UNSTORABLE = java.util.Set.of("22021", "22001", "54000", "22P02",
			"22003", "22007", "22008", "22P05");

	private static final Map<Outages.Kind, String> OUTAGE_DETAIL = Map.of(Outages.Kind.DATABASE,
			"The database is unavailable for the moment; the request was not completed. Try again shortly.",
			Outages.Kind.STORAGE_FULL, "The server's storage is full; the submission was not accepted.");

	/** Seconds a caller should wait: the embedded server is back within a few. */
	static final String OUTAGE_RETRY_AFTER = "10";

	/** The answer to a request an outage stopped, here and from the error page. */
	static ResponseEntity<ProblemDetail> unavailable(Outages.Kind outage, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, outage.code(), "Service unavailable",
				OUTAGE_DETAIL.get(outage), request);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, OUTAGE_RETRY_AFTER)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(ex.kind().status(), ex.code(), ex.kind().status().getReasonPhrase(),
				ex.getMessage(), request);
		ex.details().forEach((key, value) -> {
			// a detail never replaces the stable code or the correlation id, and never
			// echoes a huge input back
			String name = (problem.getProperties() != null && problem.getProperties().containsKey(key))
					? "given" + Character.toUpperCase(key.charAt(0)) + key.substring(1) : key;
			problem.setProperty(name,
					(value instanceof String text && text.length() > 200) ? text.substring(0, 200) + "…" : value);
		});
		return respond(problem);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> invalidValue(IllegalArgumentException ex, HttpServletRequest request) {
		// value types check what a caller sent in their constructors (a subject id of 0,
		// a malformed code): the caller's mistake, told without the internal wording
		log.warn("Invalid value on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
		return respond(Problems.of(HttpStatus.BAD_REQUEST, "GX-REQ-003", "Invalid request parameter",
				"A submitted value is not of the expected form.", request));
	}

	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> unstorable(DataAccessException ex, HttpServletRequest request) {
		String state = sqlState(ex);
		if (state == null || !UNSTORABLE.contains(state)) {
			return unexpected(ex, request);
		}
		// the database refused a value no check before it caught: the input's fault,
		// and the transaction rolled back whole
		log.info("Value refused by the database (SQLState {}) on {} {}", state, request.getMethod(),
				request.getRequestURI());
		return respond(Problems.of(HttpStatus.BAD_REQUEST, "GX-REQ-013", "Value cannot be stored",
				"A submitted value contains a character that cannot be stored, is too long or is out of range.",
				request));
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> binding(BindException ex, HttpServletRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(fieldError(error.getField(), error.getDefaultMessage(), error.getRejectedValue()));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage(), null)));
		return invalid(errors, request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach(error -> errors.add(fieldError(name, error.getDefaultMessage(), result.getArgument())));
		});
		return invalid(errors, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraints(ConstraintViolationException ex, HttpServletRequest request) {
		List<Map<String, Object>> errors = new ArrayList<>();
		ex.getConstraintViolations()
			.forEach(violation -> errors.add(fieldError(violation.getPropertyPath().toString(), violation.getMessage(),
					violation.getInvalidValue())));
		return invalid(errors, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		// a request record that validates itself refuses a value with its own code
		for (Throwable cause = ex.getCause(); cause != null; cause = (cause.getCause() == cause) ? null
				: cause.getCause()) {
			if (cause instanceof DomainException domain) {
				return domain(domain, request);
			}
		}
		return respond(Problems.of(HttpStatus.BAD_REQUEST, "GX-REQ-002", "Malformed request body",
				"The request body could not be read as the expected JSON document.", request));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			MissingRequestHeaderException.class, MissingServletRequestPartException.class })
	ResponseEntity<ProblemDetail> badParameter(Exception ex, HttpServletRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: (ex instanceof MissingServletRequestParameterException missing) ? missing.getParameterName()
						: (ex instanceof MissingRequestHeaderException header) ? header.getHeaderName()
								: ((MissingServletRequestPartException) ex).getRequestPartName();
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "GX-REQ-003", "Invalid request parameter",
				"Parameter '" + name + "' is missing or has the wrong type.", request);
		problem.setProperty("errors", List.of(fieldError(name, "missing or wrong type", null)));
		return respond(problem);
	}

	@ExceptionHandler(MissingPathVariableException.class)
	ResponseEntity<ProblemDetail> blankPathVariable(MissingPathVariableException ex, HttpServletRequest request) {
		// a blank segment where an id belongs converts to nothing
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "GX-REQ-003", "Invalid request parameter",
				"Path segment '" + ex.getVariableName() + "' is blank or not of the expected form.", request);
		problem.setProperty("errors", List.of(fieldError(ex.getVariableName(), "blank or wrong type", null)));
		return respond(problem);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> brokenMultipart(MultipartException ex, HttpServletRequest request) {
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			return tooLarge(tooLarge, request);
		}
		return respond(Problems.of(HttpStatus.BAD_REQUEST, "GX-REQ-012", "Malformed multipart body",
				"The upload is not a readable multipart/form-data body.", request));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "GX-REQ-005", "Method not allowed",
				"This resource does not support " + ex.getMethod() + ".", request));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "GX-REQ-006", "Unsupported media type",
				"Supported: " + ex.getSupportedMediaTypes(), request));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.NOT_ACCEPTABLE, "GX-REQ-008", "Not acceptable",
				"Supported: " + ex.getSupportedMediaTypes(), request));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "GX-REQ-007", "Upload too large",
				"The uploaded file exceeds the configured maximum size.", request));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.UNAUTHORIZED, "GX-SEC-001", "Authentication required",
				"Sign in or present a valid API key.", request));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return unauthenticated(null, request);
		}
		return respond(Problems.of(HttpStatus.FORBIDDEN, "GX-SEC-002", "Forbidden",
				"Your role does not allow this action.", request));
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex, HttpServletRequest request) {
		log.info("Duplicate key rejected: {}", ex.getMostSpecificCause().getMessage());
		return respond(Problems.of(HttpStatus.CONFLICT, "GX-DB-001", "Already exists",
				"A record with the same identity already exists.", request));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return respond(Problems.of(HttpStatus.CONFLICT, "GX-DB-002", "Changed meanwhile",
				"Someone else changed this record; reload it and try again.", request));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// the caller hung up (a timeout on its side): nothing can be written and
			// nothing went wrong here
			log.debug("Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(),
					ex.getMessage());
			return null;
		}
		Optional<Outages.Kind> outage = Outages.of(ex);
		if (outage.isPresent()) {
			ResponseEntity<ProblemDetail> answer = unavailable(outage.get(), request);
			log.warn("{} during {} {} [{}]: {}", outage.get(), request.getMethod(), request.getRequestURI(),
					answer.getBody().getProperties().get("correlationId"), ex.toString());
			return answer;
		}
		ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "GX-SYS-001", "Internal error",
				"An unexpected error occurred. Quote the correlation id when reporting it.", request);
		log.error("Unexpected error [{}] on {} {}", problem.getProperties().get("correlationId"), request.getMethod(),
				request.getRequestURI(), ex);
		return respond(problem);
	}

	private ResponseEntity<ProblemDetail> invalid(List<Map<String, Object>> errors, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "GX-REQ-001", "Validation failed",
				"One or more fields are invalid.", request);
		problem.setProperty("errors", errors);
		return respond(problem);
	}

	private static Map<String, Object> fieldError(String field, String message, Object rejected) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		if (rejected != null && !(rejected instanceof byte[])) {
			String text = String.valueOf(rejected);
			error.put("rejectedValue", (text.length() > 200) ? text.substring(0, 200) + "…" : text);
		}
		return error;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
