from tests.factories import ArticlePageFactory, ImageFactory, ArticleCategoryFactory


def test_explore(client, news_index, home_page):
    cat = ArticleCategoryFactory(name="Pemerintahan")
    a = ArticlePageFactory(parent=news_index, cover_image=ImageFactory(), cover_alt_text="alt", categories=[cat], tags=["air bersih"])
    d = ArticlePageFactory(parent=news_index, live=False, publication_date=None)
    d.save_revision().publish()
    d.refresh_from_db()
    print("PUBDATE", d.publication_date, d.first_published_at)
    for url in ["/berita/feed/", "/sitemap.xml", "/robots.txt", "/berita/?kategori=pemerintahan", "/berita/?kategori=%00", "/berita/?tag=air-bersih"]:
        r = client.get(url)
        print("=====", url, r.status_code, r.headers.get("Content-Type"))
        print(r.content.decode()[:6000])
