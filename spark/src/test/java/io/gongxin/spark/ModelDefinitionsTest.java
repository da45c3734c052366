package io.gongxin.spark;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.EvaluationModel.RuleKind;
import io.gongxin.evaluation.InvalidModelException;
import io.gongxin.platform.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The definitions as Spark's Jackson 2 reads them, validated by the platform's own
 * record, and the runner's options.
 */
class ModelDefinitionsTest {

	@Test
	void theBundledModelsReadAsThePlatformReadsThem() {
		List<EvaluationModel> models = ModelDefinitions
			.files(List.of("classpath:evaluation/composite-v1.json", "classpath:/evaluation/public-resource-v1.json"));

		assertThat(models).extracting(EvaluationModel::code).containsExactly("COMPOSITE", "GGZYJY");
		EvaluationModel composite = models.get(0);
		assertThat(composite.indicators()).hasSize(15);
		assertThat(composite.indicators().get(0).rule().points()).containsEntry("SERIOUS", -10).containsEntry("*", -4);
		assertThat(composite.indicators().get(14).rule().kind()).isEqualTo(RuleKind.AGE);
		assertThat(composite.vetoes()).singleElement().satisfies(veto -> assertThat(veto.cap().rank()).isEqualTo(4));
		assertThat(composite.sector()).isNull();
		assertThat(models.get(1).alerts()).isEmpty();
	}

	@Test
	void aDefinitionThatBreaksARuleIsRefusedWithThePlatformsProblem() {
		String definition = EvaluationDatabase.resource("evaluation/public-resource-v1.json")
			.replace("\"start\": 30, \"max\": 30", "\"start\": 30, \"max\": 35");

		assertThatThrownBy(() -> ModelDefinitions.parse(definition)).isInstanceOfSatisfying(InvalidModelException.class,
				ex -> {
					assertThat(ex.code()).isEqualTo("GX-EVA-001");
					assertThat(ex.kind()).isEqualTo(ProblemKind.RULE_VIOLATION);
					assertThat(ex.kind().status().value()).isEqualTo(422);
					assertThat(ex.details()).containsEntry("reason", "二级指标满分之和须为100分（现为105分）");
				});
		assertThatThrownBy(() -> ModelDefinitions.parse("{\"code\": ")).isInstanceOf(InvalidModelException.class);
		assertThatThrownBy(() -> ModelDefinitions.parse("null")).isInstanceOf(InvalidModelException.class);
	}

	@Test
	void fieldsThePlatformIgnoresAreIgnored() {
		String definition = EvaluationDatabase.resource("evaluation/public-resource-v1.json")
			.replaceFirst("\\{", "{\"draftNote\": \"kept by a later platform\",");

		assertThat(ModelDefinitions.parse(definition).code()).isEqualTo("GGZYJY");
	}

	@Test
	void optionsComeFromArgumentsThenSystemPropertiesThenDefaults() {
		System.setProperty("gongxin.spark.partitions", "16");
		try {
			EvaluationOptions options = EvaluationOptions.parse("--jdbc-url=jdbc:postgresql://db/gongxin",
					"--jdbc-user=gongxin", "--as-of=2026-06-30", "--models=composite", "--output=/tmp/grades");

			assertThat(options.jdbc().user()).isEqualTo("gongxin");
			assertThat(options.jdbc().toString()).doesNotContain("password");
			assertThat(options.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
			assertThat(options.models()).containsExactly("composite");
			assertThat(options.partitions()).isEqualTo(16);
			assertThat(options.readsJdbc()).isTrue();
			assertThat(options.writesJdbc()).isFalse();
			assertThat(options.master()).isNull();
		}
		finally {
			System.clearProperty("gongxin.spark.partitions");
		}
		assertThat(EvaluationOptions.parse("--jdbc-url=jdbc:postgresql://db/gongxin").asOf())
			.isEqualTo(LocalDate.now(EvaluationOptions.PLATFORM_ZONE));
	}

	@Test
	void optionsThatCannotWorkAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> EvaluationOptions.parse("--jdbc-url=jdbc:mysql://db/x"));
		assertThatIllegalArgumentException().isThrownBy(() -> EvaluationOptions.parse("--input=/tmp/in"))
			.withMessageContaining("--jdbc-url");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EvaluationOptions.parse("--jdbc-url=jdbc:postgresql://db/x", "--partition=3"))
			.withMessageContaining("--partition=3");
	}

}
