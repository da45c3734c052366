package io.gongxin.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Values of either engine in one form, so rows compare as they mean: whole numbers as
 * longs (PostgreSQL's INT and BIGINT, Spark's int and bigint), dates as
 * {@code LocalDate}, arrays as lists.
 */
final class Values {

	private Values() {
	}

	static Object plain(Object value) {
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return ((Number) value).longValue();
		}
		if (value instanceof Date date) {
			return date.toLocalDate();
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof scala.collection.Seq<?> seq) {
			return plain(CollectionConverters.asJava(seq));
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Values::plain).toList();
		}
		return value;
	}

	/** Every row of a Spark result, each as its values in column order. */
	static List<List<Object>> rows(Dataset<Row> dataset) {
		List<List<Object>> all = new ArrayList<>();
		for (Row row : dataset.collectAsList()) {
			List<Object> values = new ArrayList<>();
			for (int i = 0; i < row.size(); i++) {
				values.add(plain(row.get(i)));
			}
			all.add(values);
		}
		return all;
	}

}
