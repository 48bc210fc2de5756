// CKEditor's custom configuration (CKEDITOR_CONFIGS "customConfig"): every image upload carries
// Django's CSRF token in the X-CSRFToken header (fileTools_requestHeaders). The token is read
// from the admin form the editor sits in, or else from the csrftoken cookie.
CKEDITOR.editorConfig = function (config) {
  var field = document.querySelector("input[name=csrfmiddlewaretoken]");
  var cookie = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  var token = field ? field.value : cookie ? decodeURIComponent(cookie[1]) : "";
  config.fileTools_requestHeaders = { "X-CSRFToken": token };
};
