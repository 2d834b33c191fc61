/* Call page: click a word (or any [data-seek] element) to play the redacted audio from
   there; the word being played is highlighted and kept in view. */
(function () {
    "use strict";
    var words = [];
    var current = null;
    var frame = null;

    function audio() {
        return document.getElementById("call-audio");
    }

    function index() {
        var els = document.querySelectorAll(".aqm-word[data-start]");
        words = [];
        for (var i = 0; i < els.length; i++) {
            words.push([parseFloat(els[i].getAttribute("data-start")),
                        parseFloat(els[i].getAttribute("data-end")), els[i]]);
        }
        current = null;
    }

    function highlight(t) {
        if (!words.length || !document.body.contains(words[0][2])) {
            index();
        }
        var lo = 0, hi = words.length - 1, found = -1;
        while (lo <= hi) {              /* last word starting at or before t */
            var mid = (lo + hi) >> 1;
            if (words[mid][0] <= t) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        var el = found >= 0 && t <= words[found][1] + 0.25 ? words[found][2] : null;
        if (el === current) {
            return;
        }
        if (current) {
            current.classList.remove("aqm-playing");
        }
        current = el;
        if (el) {
            el.classList.add("aqm-playing");
            var box = document.getElementById("call-transcript");
            if (box) {
                var r = el.getBoundingClientRect(), b = box.getBoundingClientRect();
                if (r.top < b.top || r.bottom > b.bottom) {
                    box.scrollTop += r.top - b.top - b.height / 3;
                }
            }
        }
    }

    function tick() {
        var a = audio();
        if (!a || a.paused) {
            frame = null;
            return;
        }
        highlight(a.currentTime);
        frame = window.requestAnimationFrame(tick);
    }

    document.addEventListener("click", function (ev) {
        var el = ev.target && ev.target.closest ? ev.target.closest("[data-seek]") : null;
        var a = audio();
        if (!el || !a) {
            return;
        }
        ev.preventDefault();
        var t = parseFloat(el.getAttribute("data-seek"));
        if (isNaN(t)) {
            return;
        }
        a.currentTime = t;
        highlight(t);
        var p = a.play();
        if (p && p.catch) {
            p.catch(function () { /* autoplay refused: the position is still set */ });
        }
    });

    document.addEventListener("play", function (ev) {
        if (ev.target && ev.target.id === "call-audio" && frame === null) {
            frame = window.requestAnimationFrame(tick);
        }
    }, true);

    document.addEventListener("timeupdate", function (ev) {
        if (ev.target && ev.target.id === "call-audio") {
            highlight(ev.target.currentTime);
        }
    }, true);
})();
