// Privacy-friendly video: nothing is requested from the video platform until the visitor
// presses "play". Without JavaScript the button is a plain link to the video's page.
document.querySelectorAll(".video-facade[data-embed]").forEach(function (facade) {
  var play = facade.querySelector(".video-play");
  if (!play) return;
  play.addEventListener("click", function (event) {
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = facade.getAttribute("data-embed");
    frame.title = facade.getAttribute("data-title");
    frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    frame.setAttribute("allowfullscreen", "");
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    frame.className = "video-frame";
    facade.replaceChildren(frame);
    frame.focus();
  });
});
