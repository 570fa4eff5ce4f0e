"""What an editor meets in the admin: every edit screen opens, bad input gets a message.
(Block previews: test_block_previews.py.)"""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.factories import ArticleCategoryFactory, ArticlePageFactory


def test_editor_screens_open(admin_client, news_index, site):
    article = ArticlePageFactory(parent=news_index)
    category = ArticleCategoryFactory()
    urls = [
        reverse("wagtailadmin_pages:edit", args=[article.pk]),
        reverse("wagtailadmin_pages:edit", args=[news_index.pk]),
        reverse("wagtailadmin_pages:edit", args=[news_index.get_parent().pk]),
        reverse("wagtailadmin_pages:add", args=["articles", "articlepage", news_index.pk]),
        reverse("wagtailsettings:edit", args=["core", "villagesettings", site.pk]),
        reverse("wagtailsnippets_articles_articlecategory:list"),
        reverse("wagtailsnippets_articles_articlecategory:edit", args=[category.pk]),
    ]
    for url in urls:
        assert admin_client.get(url).status_code == 200, url


def test_settings_form_rejects_a_bad_phone_number_with_a_message(admin_client, village, site):
    url = reverse("wagtailsettings:edit", args=["core", "villagesettings", site.pk])
    response = admin_client.post(
        url,
        {
            "village_name": "Desa Uji",
            "phone": "bukan nomor",
            "latest_articles_count": 6,
        },
    )
    assert response.status_code == 200
    assert "Nomor telepon tidak valid" in response.content.decode()
    village.refresh_from_db()
    assert village.phone == "+62281891234"


def test_article_cannot_take_the_feed_address(news_index):
    article = ArticlePageFactory.build(title="Feed", slug="feed", intro="Ringkasan.")
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert "slug" in error.value.message_dict
