from django.urls import path
from django.utils.translation import gettext_lazy as _

from infomigra.pagecache import cached_publicly

from . import feeds, views

app_name = "complementary"

urlpatterns = [
    path(_("noticias/"), views.NewsListView.as_view(), name="news_list"),
    path(_("noticias/rss/"), cached_publicly(feeds.NewsFeed()), name="news_rss"),
    path(_("noticias/atom/"), cached_publicly(feeds.NewsAtomFeed()), name="news_atom"),
    path(_("noticias/<slug:slug>/"), views.NewsDetailView.as_view(), name="news_detail"),
    path(_("eventos/"), views.EventListView.as_view(), name="event_list"),
    path(_("eventos/rss/"), cached_publicly(feeds.EventFeed()), name="event_rss"),
    path(_("eventos/atom/"), cached_publicly(feeds.EventAtomFeed()), name="event_atom"),
    path(
        _("eventos/calendario.ics"), cached_publicly(views.events_ics_feed), name="event_calendar"
    ),
    path(_("eventos/<slug:slug>/"), views.EventDetailView.as_view(), name="event_detail"),
    path(_("eventos/<slug:slug>/evento.ics"), views.event_ics, name="event_ics"),
    path(_("legislacion/"), views.NormListView.as_view(), name="norm_list"),
    path(_("legislacion/<int:pk>/"), views.NormDetailView.as_view(), name="norm_detail"),
    path(_("estudios/"), views.StudyListView.as_view(), name="study_list"),
    path(_("estudios/<int:pk>/"), views.StudyDetailView.as_view(), name="study_detail"),
    path(_("enlaces/"), views.LinkListView.as_view(), name="link_list"),
    path(_("concurso-y-videos/"), views.VideoListView.as_view(), name="video_list"),
    path(
        _("concurso-y-videos/video/<int:pk>/"), views.VideoDetailView.as_view(), name="video_detail"
    ),
    path(
        _("concurso-y-videos/concurso/<int:pk>/"),
        views.ContestDetailView.as_view(),
        name="contest_detail",
    ),
    path(_("preguntas-frecuentes/"), views.FaqListView.as_view(), name="faq_list"),
    path(_("publicaciones/"), views.PublicationListView.as_view(), name="publication_list"),
    path(_("panel/<slug:slug>/"), views.InfoPageDetailView.as_view(), name="page_detail"),
]
