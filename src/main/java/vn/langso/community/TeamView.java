package vn.langso.community;

import java.util.List;

/** A community digital team (tổ công nghệ số cộng đồng) with its members and how many households each looks after. */
public record TeamView(long id, long communeId, Long villageId, String name, List<Member> members) {

	public record Member(long accountId, String fullName, int households) {
	}

}
