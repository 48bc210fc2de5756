"""The one honeypot, shared by the feedback form and the public forms of `contact`."""

from django import forms

from infomigra.forms import FeedbackForm, HoneypotMixin


class Form(HoneypotMixin, forms.Form):
    name = forms.CharField()


def test_a_filled_honeypot_is_spam_and_never_reaches_cleaned_data():
    human, bot = Form({"name": "Rosa"}), Form({"name": "Rosa", "website": "http://spam"})
    assert human.is_valid() and bot.is_valid()
    assert (human.is_spam, bot.is_spam) == (False, True)
    assert human.cleaned_data == bot.cleaned_data == {"name": "Rosa"}


def test_the_honeypot_is_one_hidden_from_people_and_last():
    form = Form()
    assert list(form.fields) == ["name", "website"]
    assert form.fields["website"].widget.attrs == {"tabindex": "-1", "autocomplete": "off"}
    assert not form.fields["website"].required


def test_the_feedback_form_uses_it():
    assert FeedbackForm({"path": "/es/", "useful": "yes", "website": "x"}).is_spam
