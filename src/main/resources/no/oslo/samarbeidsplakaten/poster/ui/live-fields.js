// What a participant types is kept in this browser (localStorage) until the server has confirmed it as saved, so
// neither a lost connection nor a restarted server can take it; the editor offers it again when it opens. The status
// shows "saving" while any field holds text the server has not confirmed, and the banner says plainly when the
// connection is gone and when it is back.
(() => {
    if (window.samarbeid) {
        return;
    }
    const prefix = 'samarbeidsplakaten:';
    const key = (poster, cell) => prefix + poster + ':' + cell;
    const read = k => {
        try {
            return JSON.parse(localStorage.getItem(k));
        } catch (e) {
            return null;
        }
    };
    const pending = new Set();
    /** Per field, the text the server last confirmed: typing back to it leaves nothing to save. */
    const baseline = new Map();
    let status = null;
    // The typing preview goes to the server one note at a time, the newest text per field, so notes never overtake
    // each other and a slow answer only skips intermediate texts.
    let typingUrl = null;
    const outbox = new Map();
    const previewed = new Set();
    let sending = false;
    const sendNext = () => {
        if (sending || !typingUrl || outbox.size === 0) {
            return;
        }
        const [cell, note] = outbox.entries().next().value;
        outbox.delete(cell);
        sending = true;
        fetch(typingUrl, {
            method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},
            body: JSON.stringify({cell: Number(cell), text: note.text, done: note.done})
        }).catch(() => {}).finally(() => {
            sending = false;
            sendNext();
        });
    };
    const preview = (cell, text, done) => {
        outbox.delete(cell);
        outbox.set(cell, {text, done});
        sendNext();
    };
    const fieldOf = e => e.composedPath().find(n => n.dataset && n.dataset.cell);
    const showPending = () => {
        if (status) {
            if (pending.size) {
                status.setAttribute('data-pending', '');
            } else {
                status.removeAttribute('data-pending');
            }
        }
    };
    window.samarbeid = {
        watch(root, poster, statusElement) {
            status = statusElement;
            pending.clear();
            baseline.clear();
            showPending();
            root.addEventListener('beforeinput', e => {
                const field = fieldOf(e);
                if (field && !baseline.has(field.dataset.cell)) {
                    baseline.set(field.dataset.cell, field.value);
                }
            });
            root.addEventListener('focusout', e => {
                const field = fieldOf(e);
                if (field && previewed.delete(field.dataset.cell)) {
                    preview(field.dataset.cell, '', true);
                }
            });
            root.addEventListener('input', e => {
                const field = fieldOf(e);
                if (!field) {
                    return;
                }
                const cell = field.dataset.cell;
                previewed.add(cell);
                preview(cell, field.value, false);
                if (field.value === baseline.get(cell)) {
                    // Typed and taken back: nothing to save.
                    pending.delete(cell);
                    localStorage.removeItem(key(poster, cell));
                    showPending();
                    return;
                }
                pending.add(cell);
                showPending();
                try {
                    localStorage.setItem(key(poster, field.dataset.cell),
                        JSON.stringify({v: field.value, r: Number(field.dataset.revision), t: Date.now()}));
                } catch (ignored) {
                    // Storage full or off: the server still saves as usual.
                }
            });
        },
        typingTo(url) {
            typingUrl = url;
        },
        saved(poster, cell, value, field) {
            baseline.set(String(cell), value);
            const k = key(poster, cell);
            const draft = read(k);
            if (draft && draft.v === value) {
                localStorage.removeItem(k);
            }
            if (!field || field.value === value) {
                pending.delete(String(cell));
            }
            showPending();
        },
        answered(cell) {
            pending.delete(String(cell));
            showPending();
        },
        forget(poster, cell) {
            localStorage.removeItem(key(poster, cell));
            pending.delete(String(cell));
            showPending();
        },
        drafts(poster) {
            const found = [];
            for (let i = 0; i < localStorage.length; i++) {
                const k = localStorage.key(i);
                if (k && k.startsWith(prefix + poster + ':')) {
                    const draft = read(k);
                    if (draft && typeof draft.v === 'string') {
                        found.push({cell: Number(k.substring(k.lastIndexOf(':') + 1)), value: draft.v,
                            revision: draft.r});
                    }
                }
            }
            return JSON.stringify(found);
        },
        connection(banner, offlineText, backText) {
            const store = window.Vaadin && window.Vaadin.connectionState;
            if (!store || banner.dataset.watching) {
                return;
            }
            banner.dataset.watching = 'true';
            let wasOffline = false;
            store.addStateChangeListener((previous, current) => {
                if (current === 'reconnecting' || current === 'connection-lost') {
                    banner.textContent = offlineText;
                    banner.dataset.state = 'offline';
                    wasOffline = true;
                } else if (current === 'connected' && wasOffline) {
                    wasOffline = false;
                    banner.textContent = backText;
                    banner.dataset.state = 'back';
                    // The server offers again what was typed while the connection was gone.
                    banner.dispatchEvent(new CustomEvent('samarbeid-reconnected'));
                    setTimeout(() => {
                        if (banner.dataset.state === 'back') {
                            banner.textContent = '';
                            delete banner.dataset.state;
                        }
                    }, 6000);
                }
            });
        }
    };
})();
