package vn.langso.platform;

import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.HasCurrentUser;

/**
 * Hands controllers the signed-in {@link CurrentUser}; a controller that asks for one is thereby
 * closed to anonymous visitors, who are sent to sign in.
 */
@Component
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(CurrentUser.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
			WebDataBinderFactory binders) {
		return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("sign in first"));
	}

	static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof HasCurrentUser principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

}
