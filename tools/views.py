"""The three tools. Everything is a GET: the answers are the address, nothing is stored about
the visitor, and every page works without JavaScript. Each tool counts its use as visits of the
"tools" component ("tool:<name>-started", "-completed", "-printed"), which the monthly report
reads; bad answers in an address get the form again with its errors (400)."""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from contact.forms import attachment_token
from infomigra.pdf import pdf_response, render_pdf
from infomigra.views import PortalPage, PortalPageMixin
from lines.models import ActionLine, CountryGuide

from . import plans
from .forms import KEYS, QUESTIONS, OfferCheckForm, answers_form, return_form
from .models import WarningSign

RETURN_LINE = 2  # "¿Vas a volver al Perú?"
OUTPUTS = ("page", "print", "pdf", "ics")


class ToolPage(PortalPageMixin, TemplateView):
    """A page of a tool: `tool` names it, `stage` says what its visit counts as."""

    portal_component = "tools"
    tool = ""
    stage = ""  # started, completed or printed

    def get_portal_page(self):
        return PortalPage(component=self.portal_component, content=f"tool:{self.tool}-{self.stage}")

    def query(self, **extra):
        """This page's answers as a query string, for links to its other forms."""
        answers = {key: value for key, value in self.request.GET.items() if value}
        answers.update(extra)
        return urlencode(answers)


class ResultPage(ToolPage):
    """A tool's result: on screen (`output = "page"`, counted as completed), to print, as an A4
    PDF or as an iCalendar file (the three counted as printed). One template `template_base`
    serves the page (`<base>.html`) and the print view and PDF (`<base>_print.html`)."""

    output = "page"
    template_base = ""
    url_name = ""
    file_name = ""
    calendar = True  # a dated plan: it has a calendar file

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.stage = "completed" if self.output == "page" else "printed"

    def get_template_names(self):
        suffix = "" if self.output == "page" else "_print"
        return [f"{self.template_base}{suffix}.html"]

    start_view = None  # the page with the tool's form, shown again for a bad address

    def form(self):
        raise NotImplementedError

    def invalid(self, form):
        """The tool's form again, with what is wrong in the address (400)."""
        start = self.start_view(request=self.request)
        return start.render_to_response(start.get_context_data(form=form), status=400)

    def get(self, request, *args, **kwargs):
        form = self.form()
        if not form.is_valid():
            return self.invalid(form)
        context = self.get_context_data(form=form, **self.result(form))
        query = self.query()
        context.update(
            today=timezone.localdate(),
            page_url=request.build_absolute_uri(f"{reverse(self.url_name)}?{query}"),
            print_url=f"{reverse(self.url_name + '_print')}?{query}",
            pdf_url=f"{reverse(self.url_name + '_pdf')}?{query}",
        )
        if self.calendar:
            context["ics_url"] = f"{reverse(self.url_name + '_ics')}?{query}"
        if self.output == "ics" and self.calendar:
            step = request.GET.get("paso", "")  # one step's "add to my calendar"
            response = HttpResponse(
                plans.calendar(context["planned"], host=request.get_host().split(":")[0],
                               url=context["page_url"],
                               only=int(step) if step.isdigit() else None),
                content_type="text/calendar; charset=utf-8",
            )  # fmt: skip
            response["Content-Disposition"] = f'attachment; filename="{self.file_name}.ics"'
        elif self.output == "pdf":
            response = pdf_response(
                render_pdf(self.get_template_names()[0], context, request), self.file_name
            )
        else:
            return self.render_to_response(context)
        response.portal_page = self.get_portal_page()
        return response

    def result(self, form):
        raise NotImplementedError


# --- "¿Qué necesito?" ---------------------------------------------------------------------------


def answers_query(request, *extra):
    """The questionnaire's answers of this address (nothing else it carries), with `extra`
    pairs, as a query string: what the next or the previous question keeps."""
    return urlencode([*((k, v) for k, v in request.GET.items() if k in KEYS and v), *extra])


class QuestionView(ToolPage):
    """One question of the questionnaire (`number` 1–6), with the answers so far in hidden
    fields. Sent (`?ir=1`) it goes on to the next question, or to the checklist after the last."""

    template_name = "tools/question.html"
    tool = "checklist"

    def get(self, request, *args, **kwargs):
        number = kwargs["number"]
        if not 1 <= number <= len(QUESTIONS):
            raise Http404
        # the first screen a visitor opens counts as a start: the first question, or one a
        # line or guide page links to with the answers it knows; not a step forward or back
        moving = any(request.GET.get(marker) for marker in ("ir", "sig", "atras"))
        self.stage = "" if moving else "started"
        form = answers_form(request.GET)
        form.is_valid()
        key = KEYS[number - 1]
        earlier = [name for name in KEYS[: number - 1] if name in form.errors]
        if earlier:  # an address with a bad earlier answer: ask that one again
            return redirect(f"{reverse('tools:question', args=[KEYS.index(earlier[0]) + 1])}"
                            f"?{self.query(ir='1')}")  # fmt: skip
        if number > 1 and "linea" not in request.GET:
            return redirect("tools:question", number=1)
        if request.GET.get("ir") and key not in form.errors:
            if number == len(QUESTIONS):
                return redirect(f"{reverse('tools:checklist')}?{answers_query(request)}")
            return redirect(f"{reverse('tools:question', args=[number + 1])}?"
                            f"{answers_query(request, ('sig', '1'))}")  # fmt: skip
        line_number = form.cleaned_data.get("linea") if "linea" not in form.errors else None
        if key == "pais":
            form.fields["pais"].choices = form.country_choices(line_number)
        label = QUESTIONS[number - 1][1].for_line(line_number)
        show_errors = bool(request.GET.get("ir"))
        context = self.get_context_data(
            form=form,
            field=form[key],
            label=label,
            errors=form.errors.get(key) if show_errors else None,
            hidden=[
                (name, request.GET[name]) for name in KEYS if name != key and request.GET.get(name)
            ],  # fmt: skip
            number=number,
            total=len(QUESTIONS),
            back_url=(
                f"{reverse('tools:question', args=[number - 1])}?"
                f"{answers_query(request, ('atras', '1'))}"
                if number > 1
                else ""
            ),
            last=number == len(QUESTIONS),
        )
        return self.render_to_response(context, status=400 if context["errors"] else 200)

    def get_portal_page(self):
        if not self.stage:
            return PortalPage(component=self.portal_component)
        return super().get_portal_page()


class ChecklistView(ResultPage):
    """The personal checklist: the steps editors keep for the chosen line and country that
    apply to the answers, in order, with their documents, place, cost, time and warnings."""

    tool = "checklist"
    template_base = "tools/checklist"
    url_name = "tools:checklist"
    file_name = "mi-lista-infomigra"

    def form(self):
        return answers_form(self.request.GET)

    def invalid(self, form):
        first = next(iter(form.errors))
        number = KEYS.index(first) + 1 if first in KEYS else 1
        return redirect(f"{reverse('tools:question', args=[number])}?{self.query(ir='1')}")

    def result(self, form):
        planned = plans.plan(line=form.line, guide=form.guide, conditions=form.conditions(),
                             date=form.cleaned_data["fecha"])  # fmt: skip
        return {
            "line": form.line,
            "guide": form.guide,
            "date": form.cleaned_data["fecha"],
            "planned": planned,
            "documents": plans.documents(planned),
            "answers": form.summary(),
            "edit_url": f"{reverse('tools:question', args=[1])}?{self.query()}",
            "is_return": form.line is not None and form.line.number == RETURN_LINE,
        }


# --- "¿Es real esta oferta de trabajo?" -------------------------------------------------------


def _offer_form(data, initial=None):
    signs = list(WarningSign.objects.published())
    guides = list(CountryGuide.objects.published().order_by("pk"))
    return OfferCheckForm(data, signs=signs, guides=guides, initial=initial)


class OfferCheckView(ToolPage):
    template_name = "tools/offer_check.html"
    tool = "offer"
    stage = "started"

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", _offer_form(None, initial={"pais": self.request.GET.get("pais")}))
        return super().get_context_data(**kwargs)


class OfferResultView(ResultPage):
    """The warning signs found, why each matters, what to check next and how to report it: the
    contact form with the topic "posible estafa o trata" and the answers attached."""

    tool = "offer"
    template_base = "tools/offer_result"
    url_name = "tools:offer_result"
    file_name = "verificacion-oferta-infomigra"
    calendar = False
    start_view = OfferCheckView

    def form(self):
        return _offer_form(self.request.GET)

    def result(self, form):
        found = form.found()
        answers = [sign.sign for sign in found]
        if form.guide:
            answers.append(
                _("País del trabajo: %(country)s") % {"country": form.guide.country.name}
            )
        token = attachment_token(title=_("Verificación de una oferta de trabajo"), lines=answers)
        report_url = f"{reverse('contact:contact')}?" + urlencode(
            {"consulta": "fraud", "adjunto": token}
        )
        return {"found": found, "guide": form.guide, "report_url": report_url, "planned": []}


# --- Return planner ---------------------------------------------------------------------------


class ReturnStartView(ToolPage):
    template_name = "tools/return_start.html"
    tool = "return"
    stage = "started"

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", return_form(None))
        return super().get_context_data(**kwargs)


class ReturnPlanView(ResultPage):
    """A dated plan from the return date and country: the Ley 30001 windows and the services
    to contact on arrival as editors entered them (line 2's steps), and the registration on the
    Plataforma para el Retorno Productivo with the known answers filled in."""

    tool = "return"
    template_base = "tools/return_plan"
    url_name = "tools:return_plan"
    file_name = "plan-de-retorno-infomigra"
    start_view = ReturnStartView

    def form(self):
        return return_form(self.request.GET)

    def result(self, form):
        line = ActionLine.objects.published().filter(number=RETURN_LINE).first()
        if line is None:
            raise Http404
        date = form.cleaned_data["fecha"]
        planned = plans.plan(line=line, guide=form.guide, date=date, by_date=True)
        before, after, undated = plans.around(planned, date)
        register_url = f"{reverse('contact:returnee')}?" + urlencode(
            {"pais": form.cleaned_data["pais"], "retorno": date.isoformat()}
        )
        return {
            "line": line,
            "date": date,
            "country": form.country_name,
            "before": before,
            "after": after,
            "undated": undated,
            "planned": planned,
            "register_url": register_url,
        }


class ToolsIndexView(ToolPage):
    template_name = "tools/index.html"
    stage = ""

    def get_portal_page(self):
        return PortalPage(component=self.portal_component)
