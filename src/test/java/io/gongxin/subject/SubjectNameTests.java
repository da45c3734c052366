package io.gongxin.subject;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectNameTests {

	@Test
	void foldsWidthBracketsSpacesAndCase() {
		assertThat(SubjectName.normalize("广州　某某（集团） 有限公司")).isEqualTo("广州某某(集团)有限公司");
		assertThat(SubjectName.normalize("ＡＢＣ科技(广州)有限公司")).isEqualTo("abc科技(广州)有限公司");
		assertThat(SubjectName.normalize("  ")).isEmpty();
		assertThat(SubjectName.normalize(null)).isEmpty();
	}

	@Test
	void foldsTraditionalCharactersToSimplified() {
		assertThat(SubjectName.normalize("廣州數碼科技有限公司")).isEqualTo("广州数码科技有限公司");
	}

	@Test
	void dropsTheSeparatorsOfForeignNames() {
		assertThat(SubjectName.normalize("阿依古丽·买买提")).isEqualTo("阿依古丽买买提");
	}

	@Test
	void bigramsCoverEveryAdjacentPairOnce() {
		assertThat(SubjectName.bigrams("张三丰")).containsExactly("张三", "三丰");
		assertThat(SubjectName.bigrams("哈哈哈")).containsExactly("哈哈");
		assertThat(SubjectName.bigrams("张")).isEmpty();
	}

	@Test
	void bigramsCountCodePointsNotChars() {
		// 𠀾 is a CJK Extension B character: one code point, two chars
		assertThat(SubjectName.bigrams("𠀾记")).containsExactly("𠀾记");
	}

	@Test
	void spellsPinyinAndInitials() {
		assertThat(SubjectName.pinyin("张三丰")).isEqualTo("zhangsanfeng");
		assertThat(SubjectName.initials("张三丰")).isEqualTo("zsf");
		assertThat(SubjectName.pinyin("abc科技")).isEqualTo("abckeji");
		assertThat(SubjectName.initials("广州绿地")).isEqualTo("gzld");
	}

	@Test
	void recognisesLatinQueries() {
		assertThat(SubjectName.isLatinQuery("zsf")).isTrue();
		assertThat(SubjectName.isLatinQuery("张s")).isFalse();
		assertThat(SubjectName.isLatinQuery("")).isFalse();
	}

	@Test
	void searchColumnsAreAllDerivedFromTheNormalisedName() {
		SubjectName.SearchColumns columns = SubjectName.SearchColumns.of(SubjectName.normalize("张三丰 商行"));
		assertThat(columns.search()).isEqualTo("张三丰商行");
		assertThat(columns.bigrams()).containsExactly("张三", "三丰", "丰商", "商行");
		assertThat(columns.pinyin()).isEqualTo("zhangsanfengshanghang");
		assertThat(columns.initials()).isEqualTo("zsfsh");
	}

}
