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
    let status = null;
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
            showPending();
            root.addEventListener('input', e => {
                const field = e.composedPath().find(n => n.dataset && n.dataset.cell);
                if (!field) {
                    return;
                }
                pending.add(field.dataset.cell);
                showPending();
                try {
                    localStorage.setItem(key(poster, field.dataset.cell),
                        JSON.stringify({v: field.value, r: Number(field.dataset.revision), t: Date.now()}));
                } catch (ignored) {
                    // Storage full or off: the server still saves as usual.
                }
            });
        },
        saved(poster, cell, value, field) {
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
