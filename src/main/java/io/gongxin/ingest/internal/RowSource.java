package io.gongxin.ingest.internal;

import java.io.IOException;
import java.util.List;

/**
 * A stream of rows under one header row; implementations never hold the whole input in
 * memory.
 */
interface RowSource extends AutoCloseable {

	List<String> headers();

	/** The next row, or {@code null} at the end. */
	SourceRow next() throws IOException;

	String format();

	String encoding();

	@Override
	void close() throws IOException;

}
