package io.gongxin.remedy;

/**
 * Who applies: the subject itself on the portal, or a person an officer files for at the
 * counter.
 *
 * @param name the applicant's name (an organisation's or a person's)
 * @param contact telephone or address for the written reply
 * @param channel where the application was made
 */
public record Applicant(String name, String contact, Channel channel) {

	/** Where an application was made. */
	public enum Channel {

		PORTAL("网站申请"), COUNTER("窗口代办");

		private final String label;

		Channel(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public Applicant {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("an applicant has a name of at most 200 characters");
		}
		if (contact == null || contact.isBlank() || contact.length() > 200) {
			throw new IllegalArgumentException("an applicant leaves a contact of at most 200 characters");
		}
		if (channel == null) {
			throw new IllegalArgumentException("an application comes through a channel");
		}
		name = name.strip();
		contact = contact.strip();
	}

}
