package io.gongxin.evaluation.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.evaluation.Evaluations;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change touching more subjects than are re-evaluated at once marks them all, in one
 * statement, and the upkeep's sweep evaluates every one of them.
 */
@GongxinIntegrationTest
class LargeBatchIT {

	@Autowired
	FileChanges changes;

	@Autowired
	Upkeep upkeep;

	@Autowired
	Subjects subjects;

	@Autowired
	Evaluations evaluations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void subjectsOfALargeBatchAreMarkedAndTheSweepEvaluatesEachOne() {
		List<SubjectId> registered = new ArrayList<>();
		SystemActor.runAs("test", () -> {
			for (int i = 0; i <= FileChanges.AT_ONCE; i++) {
				registered.add(
						this.subjects.register(
								NewSubject.of(SubjectType.ENTERPRISE, "广州批量评价测试" + i + "号有限公司",
										SubjectKey
											.uscc(CheckCharacters.uscc("91440101MA5L" + String.format("%04d", i)))),
								"test"));
			}
		});
		this.changes.reevaluate(registered, "新入库行政处罚信息");
		// marked in one statement (all or none); the scheduled sweep may already be
		// taking
		// the first of them
		assertThat(this.jdbc.sql("SELECT count(*) FROM evaluation_dirty WHERE cause = '新入库行政处罚信息'")
			.query(Long.class)
			.single()).isPositive();
		while (this.upkeep.sweep() > 0) {
			// the next slice
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM evaluation_dirty").query(Long.class).single()).isZero();
		assertThat(registered).allSatisfy(id -> assertThat(this.evaluations.of(id, "COMPOSITE")).isPresent());
	}

}
