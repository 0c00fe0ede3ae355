// HLS camera streams: Safari plays .m3u8 natively; other browsers through hls.js (MediaSource).
// Each <video data-hls="..."> gets its stream; tiles (data-autoplay) start muted on their own.
// No web worker: the CSP allows scripts from this site only, and a blob: worker would be refused.
(function () {
  var videos = document.querySelectorAll('video[data-hls]');
  Array.prototype.forEach.call(videos, function (video) {
    var source = video.getAttribute('data-hls');
    if (!source) { return; }
    var autoplay = video.hasAttribute('data-autoplay');
    var play = function () { if (autoplay) { video.muted = true; video.play().catch(function () {}); } };
    if (typeof Hls !== 'undefined' && Hls.isSupported()) {
      var hls = new Hls({ enableWorker: false, lowLatencyMode: true, manifestLoadingMaxRetry: 6 });
      hls.on(Hls.Events.MANIFEST_PARSED, play);
      hls.on(Hls.Events.ERROR, function (event, data) {
        if (data.fatal) { video.setAttribute('data-failed', data.type); }
      });
      hls.loadSource(source);
      hls.attachMedia(video);
    } else if (video.canPlayType('application/vnd.apple.mpegurl')) {
      video.src = source;
      video.addEventListener('loadedmetadata', play);
    } else {
      video.setAttribute('data-failed', 'unsupported');
    }
  });
})();
