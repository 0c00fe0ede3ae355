package vn.langso.catalog;

import java.util.List;

/**
 * Why a line of an imported procedure list was refused: a message key of the catalogue's bundle and
 * its arguments, so the page says it in Vietnamese.
 */
public record ImportProblem(String messageKey, List<Object> arguments) {

	static ImportProblem of(String messageKey, Object... arguments) {
		return new ImportProblem(messageKey, List.of(arguments));
	}

}
