"""Moderation round trips through the admin: a Penulis submits, a Moderator approves (after
a confirmation, with an optional comment) or rejects, e-mail goes to the right people, and
readers only ever see approved content."""

import json

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import WorkflowState

from tests.helpers import (
    PENULIS,
    current,
    draft_title,
    edit_form_data,
    edit_url,
    live_title,
    logged_in,
    make_user,
    public_url,
    snippet_url,
    soup,
    title_field,
    workflow_action_url,
)

CATALOG_KINDS = ["product", "spot"]


def submit(client, kind, item, **changes):
    """Post the edit form with the submit-for-moderation button (action-submit)."""
    data = edit_form_data(client, kind, item, **changes) | {"action-submit": "1"}
    response = client.post(edit_url(kind, item), data)
    assert response.status_code == 302
    return current(kind, item)


def moderate(client, kind, item, action, comment=""):
    response = client.post(workflow_action_url(kind, item, action), {"comment": comment})
    assert response.status_code == 302
    return current(kind, item)


def reader_sees(kind, item):
    """(status, <h1> text) of the item's public page, for an anonymous reader."""
    response = Client().get(public_url(kind, item))
    if response.status_code != 200:
        return response.status_code, None
    return 200, BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


@pytest.fixture
def submitted(make_item, penulis, moderator):
    """submitted(kind): a new draft, "Usulan Baru", that the Penulis has just submitted."""

    def submit_new(kind):
        item = make_item(kind, "Usulan Baru", live=False)
        return submit(logged_in(penulis), kind, item)

    return submit_new


# --- Pages: approve -------------------------------------------------------------------


def test_submitted_article_waits_unpublished_and_is_404_for_readers(submitted):
    article = submitted("article")

    assert article.live is False
    assert article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert reader_sees("article", article) == (404, None)


def test_submitted_article_e_mails_the_moderator(submitted, moderator):
    submitted("article")

    assert [message.to for message in mail.outbox] == [[moderator.email]]
    message = mail.outbox[0]
    assert message.from_email == settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL
    assert "Usulan Baru" in message.subject
    assert "Persetujuan moderator" in message.subject


def test_approved_article_is_live_for_anonymous_readers(submitted, moderator):
    article = submitted("article")

    article = moderate(logged_in(moderator), "article", article, "approve")

    assert article.live is True
    assert not article.workflow_in_progress
    assert article.current_workflow_state is None
    assert reader_sees("article", article) == (200, "Usulan Baru")


def test_approval_e_mails_the_submitter(submitted, penulis, moderator):
    article = submitted("article")
    mail.outbox.clear()

    moderate(logged_in(moderator), "article", article, "approve")

    assert [message.to for message in mail.outbox] == [[penulis.email]]
    assert "Usulan Baru" in mail.outbox[0].subject
    assert "disetujui" in mail.outbox[0].subject


# --- Pages: reject --------------------------------------------------------------------


def test_rejected_article_stays_unpublished_and_404(submitted, moderator):
    article = submitted("article")

    article = moderate(logged_in(moderator), "article", article, "reject", "Tambah foto.")

    assert article.live is False
    assert article.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert reader_sees("article", article) == (404, None)


def test_rejection_e_mails_the_editor(submitted, penulis, moderator):
    article = submitted("article")
    mail.outbox.clear()

    moderate(logged_in(moderator), "article", article, "reject", "Tambah foto.")

    assert [message.to for message in mail.outbox] == [[penulis.email]]
    assert "Usulan Baru" in mail.outbox[0].subject
    assert "ditolak" in mail.outbox[0].subject


def test_rejection_keeps_the_editors_draft(make_item, penulis, moderator):
    article = make_item("article", "Judul Awal", live=False)
    article = submit(logged_in(penulis), "article", article, title="Judul Usulan")
    revisions = article.revisions.count()

    article = moderate(logged_in(moderator), "article", article, "reject")

    assert article.revisions.count() == revisions
    assert article.latest_revision.user == penulis
    assert draft_title("article", article) == "Judul Usulan"
    assert article.title == "Judul Usulan"


# --- Catalog snippets: the same round trips -------------------------------------------


@pytest.mark.parametrize("kind", CATALOG_KINDS)
def test_submitted_catalog_item_e_mails_the_moderator_and_is_404(submitted, moderator, kind):
    item = submitted(kind)

    assert item.live is False
    assert item.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert [message.to for message in mail.outbox] == [[moderator.email]]
    assert "Usulan Baru" in mail.outbox[0].subject
    assert reader_sees(kind, item) == (404, None)


@pytest.mark.parametrize("kind", CATALOG_KINDS)
def test_approved_catalog_item_is_public_and_the_submitter_is_e_mailed(
    submitted, penulis, moderator, kind
):
    item = submitted(kind)
    mail.outbox.clear()

    item = moderate(logged_in(moderator), kind, item, "approve")

    assert item.live is True
    assert not item.workflow_in_progress
    assert reader_sees(kind, item) == (200, "Usulan Baru")
    assert [message.to for message in mail.outbox] == [[penulis.email]]
    assert "disetujui" in mail.outbox[0].subject


@pytest.mark.parametrize("kind", CATALOG_KINDS)
def test_rejected_catalog_item_stays_404_keeps_the_draft_and_the_editor_is_e_mailed(
    make_item, penulis, moderator, kind
):
    item = make_item(kind, "Nama Awal", live=False)
    item = submit(logged_in(penulis), kind, item, name="Nama Usulan")
    mail.outbox.clear()

    item = moderate(logged_in(moderator), kind, item, "reject", "Fotonya buram.")

    assert item.live is False
    assert item.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert reader_sees(kind, item) == (404, None)
    assert draft_title(kind, item) == "Nama Usulan"
    assert item.latest_revision.user == penulis
    assert [message.to for message in mail.outbox] == [[penulis.email]]
    assert "ditolak" in mail.outbox[0].subject


@pytest.mark.parametrize("kind", ["article", *CATALOG_KINDS])
def test_penulis_cannot_approve_through_the_workflow_action_view(submitted, kind):
    item = submitted(kind)
    other_penulis = logged_in(make_user(PENULIS, "penulis2"))

    response = other_penulis.post(workflow_action_url(kind, item, "approve"), {"comment": ""})

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    item = current(kind, item)
    assert item.live is False
    assert item.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert reader_sees(kind, item) == (404, None)


# --- Approval asks for confirmation; its comment reaches the author --------------------

COMMENT = "Foto bagus, terima kasih."
XHR = {"x-requested-with": "XMLHttpRequest"}


def text(tag):
    return " ".join(tag.get_text(" ").split())


def dialog(client, url):
    """The workflow action dialog the admin loads into its modal, parsed."""
    response = client.get(url, headers=XHR)
    assert response.status_code == 200
    return BeautifulSoup(response.json()["html"], "html.parser")


def collect_action_data_url(kind, item):
    """Where the editor's "Setujui" loads its dialog (the form itself posts the action)."""
    task_state = current(kind, item).current_workflow_task_state
    if kind == "article":
        return reverse(
            "wagtailadmin_pages:collect_workflow_action_data",
            args=[item.pk, "approve", task_state.pk],
        )
    return snippet_url(
        type(item), "collect_workflow_action_data", item.pk, "approve", task_state.pk
    )


@pytest.mark.parametrize("kind", ["article", "product"])
def test_approval_comment_reaches_the_author_by_e_mail(submitted, penulis, moderator, kind):
    item = submitted(kind)
    mail.outbox.clear()

    item = moderate(logged_in(moderator), kind, item, "approve", COMMENT)

    assert item.live is True
    assert [message.to for message in mail.outbox] == [[penulis.email]]
    assert "disetujui" in mail.outbox[0].subject
    assert f'Komentar moderator: "{COMMENT}"' in mail.outbox[0].body


def test_approval_without_a_comment_e_mails_no_comment_line(submitted, penulis, moderator):
    article = submitted("article")
    mail.outbox.clear()

    moderate(logged_in(moderator), "article", article, "approve")

    assert [message.to for message in mail.outbox] == [[penulis.email]]
    assert "Komentar moderator" not in mail.outbox[0].body


@pytest.mark.parametrize("kind", ["article", "product"])
def test_dashboard_offers_one_setujui_and_it_opens_the_confirmation(submitted, moderator, kind):
    item = submitted(kind)

    dashboard = soup(logged_in(moderator).get(reverse("wagtailadmin_home")))

    row = dashboard.select_one("#awaiting-review-section tbody tr")
    actions = row.select("button[data-workflow-action-url]")
    assert [text(button) for button in actions] == ["Minta perubahan", "Setujui"]
    approve = actions[1]
    assert approve.has_attr("data-launch-modal")
    assert approve["data-workflow-action-url"] == workflow_action_url(kind, item, "approve")


def test_confirmation_dialog_says_what_happens_and_the_comment_is_optional(submitted, moderator):
    article = submitted("article")

    page = dialog(logged_in(moderator), workflow_action_url("article", article, "approve"))

    assert text(page.h1) == "Setujui dan terbitkan?"
    assert '"Usulan Baru" langsung terbit' in text(page.select_one("[data-approval-summary]"))
    comment = page.select_one("textarea[name=comment]")
    assert not comment.has_attr("required")
    assert text(page.select_one(f"label[for={comment['id']}]")).startswith(
        "Komentar untuk penulis (opsional)"
    )
    assert text(page.select_one("form button[type=submit]")) == "Ya, setujui dan terbitkan"
    assert text(page.select_one("button[data-dismiss=modal]")) == "Batal"


def test_request_changes_dialog_keeps_its_own_title_and_button(submitted, moderator):
    article = submitted("article")

    page = dialog(logged_in(moderator), workflow_action_url("article", article, "reject"))

    assert text(page.h1) == "Minta perubahan"
    assert page.select_one("textarea[name=comment]") is not None
    assert text(page.select_one("form button[type=submit]")) == "Minta perubahan"
    assert page.select_one("[data-approval-summary]") is None


def test_confirming_the_dialog_publishes_and_returns_to_the_dashboard(
    submitted, penulis, moderator
):
    article = submitted("article")
    mail.outbox.clear()
    client = logged_in(moderator)

    response = client.post(
        workflow_action_url("article", article, "approve"),
        {"comment": COMMENT, "next": reverse("wagtailadmin_home")},
        headers=XHR,
    )

    assert response.json() == {"step": "success", "redirect": reverse("wagtailadmin_home")}
    assert reader_sees("article", article) == (200, "Usulan Baru")
    assert f'Komentar moderator: "{COMMENT}"' in mail.outbox[0].body


@pytest.mark.parametrize("kind", ["article", "product"])
def test_editor_menu_offers_one_setujui_dan_terbitkan_that_asks_first(submitted, moderator, kind):
    item = submitted(kind)
    client = logged_in(moderator)

    page = soup(client.get(edit_url(kind, item)))

    approvals = page.select("footer [data-workflow-action-name=approve]")
    assert [text(button) for button in approvals] == ["Setujui dan terbitkan"]
    assert approvals[0]["data-workflow-action-modal-url"] == collect_action_data_url(kind, item)
    assert text(dialog(client, collect_action_data_url(kind, item)).h1) == (
        "Setujui dan terbitkan?"
    )


@pytest.mark.parametrize("kind", ["article", "product"])
def test_approving_from_the_editor_with_a_comment_publishes_and_e_mails_it(
    submitted, penulis, moderator, kind
):
    item = submitted(kind)
    mail.outbox.clear()
    client = logged_in(moderator)
    # What the dialog's JavaScript adds to the edit form once the moderator confirms.
    data = edit_form_data(client, kind, item) | {
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
        "workflow-action-extra-data": json.dumps({"comment": COMMENT}),
    }

    response = client.post(edit_url(kind, item), data)

    assert response.status_code == 302
    assert current(kind, item).live is True
    assert reader_sees(kind, item) == (200, "Usulan Baru")
    assert [message.to for message in mail.outbox] == [[penulis.email]]
    assert f'Komentar moderator: "{COMMENT}"' in mail.outbox[0].body


# --- Editing live content needs approval again ----------------------------------------


@pytest.mark.parametrize("kind", ["article", *CATALOG_KINDS])
def test_penulis_edit_of_live_content_stays_private_until_approved(
    make_item, penulis, moderator, kind
):
    item = make_item(kind, "Judul Lama")

    item = submit(logged_in(penulis), kind, item, **{title_field(kind): "Judul Baru"})

    assert item.live is True
    assert item.workflow_in_progress
    assert live_title(kind, item) == "Judul Lama"
    assert reader_sees(kind, item) == (200, "Judul Lama")

    item = moderate(logged_in(moderator), kind, item, "approve")

    assert live_title(kind, item) == "Judul Baru"
    assert item.has_unpublished_changes is False
    assert reader_sees(kind, item) == (200, "Judul Baru")


def test_penulis_resubmits_a_rejected_article_into_the_same_workflow(make_item, penulis, moderator):
    article = make_item("article", "Judul Awal", live=False)
    editor = logged_in(penulis)
    article = submit(editor, "article", article)
    state = article.current_workflow_state
    article = moderate(logged_in(moderator), "article", article, "reject")

    article = submit(editor, "article", article, title="Judul Perbaikan")

    assert article.current_workflow_state == state
    assert article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert article.live is False


def test_moderator_publishing_from_the_editor_cancels_pending_moderation(submitted, moderator):
    article = submitted("article")
    client = logged_in(moderator)
    data = edit_form_data(client, "article", article) | {"action-publish": "1"}

    response = client.post(edit_url("article", article), data)

    assert response.status_code == 302
    article = current("article", article)
    assert article.live is True
    assert not article.workflow_in_progress
    assert WorkflowState.objects.get().status == WorkflowState.STATUS_CANCELLED
    assert reader_sees("article", article) == (200, "Usulan Baru")


# --- Anonymous visitors ---------------------------------------------------------------


def test_anonymous_visitor_is_sent_from_the_admin_to_the_login(db):
    response = Client().get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def private_urls(kind, item):
    if kind == "article":
        return [
            reverse("wagtailadmin_pages:preview_on_edit", args=[item.pk]),
            reverse("wagtailadmin_pages:view_draft", args=[item.pk]),
            reverse("wagtailadmin_pages:edit", args=[item.pk]),
        ]
    name = f"wagtailsnippets_catalog_{item._meta.model_name}"
    return [
        reverse(f"{name}:preview_on_edit", args=[item.pk]),
        reverse(f"{name}:edit", args=[item.pk]),
    ]


@pytest.mark.parametrize("kind", ["article", *CATALOG_KINDS])
def test_anonymous_visitor_gets_no_preview_or_draft_view(make_item, kind):
    item = make_item(kind, "Rahasia Redaksi", live=False)

    for url in private_urls(kind, item):
        response = Client().get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url
        assert "Rahasia Redaksi" not in response.content.decode()


@pytest.mark.parametrize("kind", ["article", *CATALOG_KINDS])
def test_anonymous_visitor_gets_404_at_a_drafts_public_address(make_item, kind):
    item = make_item(kind, "Rahasia Redaksi", live=False)

    response = Client().get(public_url(kind, item))

    assert response.status_code == 404
    assert "Rahasia Redaksi" not in response.content.decode()
