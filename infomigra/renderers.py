"""How every form on the site draws itself (FORM_RENDERER): `{{ form }}` in a page gives the error
summary, then each field as a group — label with its required marker, help text, error and
widget, tied together by the ids Django's `aria-describedby` points at — from
`templates/includes/forms/`. Which group template a field gets is decided here, not in a
template."""

from django import forms
from django.forms.renderers import TemplatesSetting


class FieldGroup(forms.BoundField):
    """A bound field that picks its group template from its widget."""

    @property
    def template_name(self):
        if self.field.template_name:  # set on the field itself, e.g. the honeypot
            return self.field.template_name
        if self.use_fieldset:  # radio buttons or several checkboxes: fieldset and legend
            return "includes/forms/_fieldset.html"
        if isinstance(self.field.widget, forms.CheckboxInput):  # one box, its label beside it
            return "includes/forms/_checkbox.html"
        return self.form.renderer.field_template_name


class FormRenderer(TemplatesSetting):
    """The project's templates (and Django's, from `django.forms`) through `TEMPLATES`."""

    form_template_name = "includes/forms/_form.html"
    field_template_name = "includes/forms/_field.html"
    bound_field_class = FieldGroup
