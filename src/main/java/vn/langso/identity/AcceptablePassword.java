package vn.langso.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * On a {@link PasswordChoice} form: the {@link PasswordPolicy}, reported on its {@code password} field
 * with the policy's Vietnamese message (the form's other fields name the person, hence on the type).
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

	String message() default "{validation.password.common}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Applies the policy; a blank password is left to the field's own "required" rule. */
	class Check implements ConstraintValidator<AcceptablePassword, PasswordChoice> {

		@Override
		public boolean isValid(PasswordChoice form, ConstraintValidatorContext context) {
			if (form == null || form.password() == null || form.password().length() < PasswordPolicy.MIN_LENGTH) {
				return true; // blank or short: the field's own @NotBlank / @Size say so
			}
			return PasswordPolicy.problem(form.password(), form.personalFacts()).map(key -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + key + "}").addPropertyNode("password")
					.addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
