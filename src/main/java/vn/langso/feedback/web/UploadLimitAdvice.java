package vn.langso.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A photo beyond the servlet container's upload limit fails before any controller runs; on the
 * report form the resident is sent back to it with the Vietnamese message instead of an error page.
 * Other paths keep the platform's handling.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) throws MaxUploadSizeExceededException {
		String path = request.getRequestURI();
		if (path == null || !path.matches("/xa/[a-z0-9-]+/phan-anh/moi")) {
			throw ex;
		}
		RequestContextUtils.getOutputFlashMap(request).put("uploadTooLarge", true);
		RequestContextUtils.saveOutputFlashMap(path, request, null);
		return "redirect:" + path;
	}

}
