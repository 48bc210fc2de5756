from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import CreateView, ListView, TemplateView

from infomigra import ratelimit

from . import services
from .forms import AttentionForm, ContactForm, MigrantVoiceForm, ReturneeForm
from .models import Attention, ContactMessage, ReturneeRegistration, ServicePoint

RATE_LIMIT = {"limit": 5, "window_seconds": 600}


class PublicFormView(CreateView):
    """A public form: invalid input shows the form again with its errors (400); a bot that fills
    the honeypot is told it worked; a client sending too often is refused (429); nothing is
    stored in either case."""

    scope = ""

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        if form.is_spam:
            return redirect(self.spam_url())
        if not ratelimit.allow(self.request, scope=self.scope, **RATE_LIMIT):
            context = self.get_context_data(form=form, rate_limited=True)
            return self.render_to_response(context, status=429)
        data = {k: v for k, v in form.cleaned_data.items() if k != "website"}
        self.object = self.submit(data=data, language=get_language())
        return redirect(self.done_url())


class ContactView(PublicFormView):
    form_class = ContactForm
    template_name = "contact/contact_form.html"
    scope = "contact"

    def submit(self, **kwargs):
        return services.message_submit(**kwargs)

    def done_url(self):
        return reverse("contact:message_sent", kwargs={"reference": self.object.reference})

    def spam_url(self):
        return reverse("contact:contact")


def message_sent(request, reference):
    message = get_object_or_404(ContactMessage, reference=reference)
    return render(request, "contact/message_sent.html", {"reference": message.reference})


class ReturneeView(PublicFormView):
    form_class = ReturneeForm
    template_name = "contact/returnee_form.html"
    scope = "returnee"

    def submit(self, **kwargs):
        return services.registration_submit(**kwargs)

    def done_url(self):
        return reverse("contact:registration_done", kwargs={"reference": self.object.reference})

    def spam_url(self):
        return reverse("contact:returnee")


def registration_done(request, reference):
    registration = get_object_or_404(ReturneeRegistration, reference=reference)
    return render(request, "contact/registration_done.html", {"reference": registration.reference})


class MigrantVoiceView(PublicFormView):
    form_class = MigrantVoiceForm
    template_name = "contact/voice_form.html"
    scope = "voice"

    def submit(self, **kwargs):
        return services.voice_submit(**kwargs)

    def done_url(self):
        return reverse("contact:voice_done")

    def spam_url(self):
        return self.done_url()


class VoiceDoneView(TemplateView):
    template_name = "contact/voice_done.html"


class PrivacyView(TemplateView):
    template_name = "contact/privacy.html"

    def get_context_data(self, **kwargs):
        from django.conf import settings

        return super().get_context_data(retention_days=settings.CONTACT_RETENTION_DAYS, **kwargs)


class ServicePointListView(ListView):
    template_name = "contact/service_points.html"
    context_object_name = "points"

    def get_queryset(self):
        return ServicePoint.objects.published()


class AttentionQuickEntryView(PermissionRequiredMixin, CreateView):
    """For window staff: record an attention in a few seconds, then the next one."""

    permission_required = "contact.add_attention"
    raise_exception = True
    form_class = AttentionForm
    template_name = "contact/attention_form.html"

    def get_initial(self):
        return {"channel": self.request.GET.get("canal", Attention.Channel.WINDOW_MTPE)}

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        services.attention_record(data=form.cleaned_data, user=self.request.user)
        messages.success(self.request, _("Atención registrada. Puedes registrar la siguiente."))
        return redirect(f"{reverse('contact:attention_new')}?canal={form.cleaned_data['channel']}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["today_count"] = Attention.objects.filter(
            recorded_by=self.request.user, date=timezone.localdate()
        ).count()
        return context
