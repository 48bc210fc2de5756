"""What the kernel tells the apps above it, without knowing them."""

from django.dispatch import Signal

# An editor published a significant change of `item` with its `note` (infomigra.ChangeNote);
# `base_url` is the site's address ("https://…") for links in what is sent. Sent after commit.
significant_change = Signal()
