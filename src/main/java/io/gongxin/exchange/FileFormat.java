package io.gongxin.exchange;

/** The file a package carries, as the target expects it. */
public enum FileFormat {

	JSON("JSON", "json"), CSV("CSV", "csv"), XLSX("XLSX 工作簿", "xlsx");

	private final String label;

	private final String extension;

	FileFormat(String label, String extension) {
		this.label = label;
		this.extension = extension;
	}

	public String label() {
		return this.label;
	}

	public String extension() {
		return this.extension;
	}

}
