package io.onewindow.catalogue;

/** A law or regulation an item rests on, and the article: 《中华人民共和国行政许可法》, 第四十二条. */
public record LegalBasis(String law, String article) {

    /** The citation as people write it: 《住房公积金管理条例》第二十四条. */
    public String citation() {
        return article == null || article.isBlank() ? law : law + article;
    }
}
