from tests.factories import ArticlePageFactory


def test_article_with_every_block_renders(client, news_index):
    article = ArticlePageFactory(
        parent=news_index,
        body__0__heading__text="Bagian pertama",
        body__1__paragraph__value="<p>Isi paragraf.</p>",
        body__2="image",
        body__3="quote",
        body__4__also_read__articles__0__page=news_index,
        body__5__faq__items__0__question="Apa itu?",
        body__6="conclusion",
        body__7="embed",
    )
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    print(html)
