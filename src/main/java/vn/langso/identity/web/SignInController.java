package vn.langso.identity.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.langso.identity.LoginThrottle;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

	private final ObjectProvider<InMemoryClientRegistrationRepository> oidcClients;

	private final LoginThrottle throttle;

	SignInController(ObjectProvider<InMemoryClientRegistrationRepository> oidcClients, LoginThrottle throttle) {
		this.oidcClients = oidcClients;
		this.throttle = throttle;
	}

	@GetMapping("/dang-nhap")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
			Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("locked", locked != null);
		model.addAttribute("lockMinutes", throttle.lockMinutes());
		InMemoryClientRegistrationRepository clients = oidcClients.getIfAvailable();
		if (clients != null) {
			model.addAttribute("oidcProviders", java.util.stream.StreamSupport.stream(clients.spliterator(), false)
				.map(ClientRegistration::getRegistrationId).toList());
		}
		return "identity/sign-in";
	}

}
