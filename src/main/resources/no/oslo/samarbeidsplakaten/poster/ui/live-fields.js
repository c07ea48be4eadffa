// What a participant types is kept in this browser (localStorage) until the server has confirmed it as saved, so
// neither a lost connection nor a restarted server can take it; the editor offers it again when it opens. The status
// shows "saving" while any field holds text the server has not confirmed, and the banner says plainly when the
// connection is gone and when it is back. What is typed also goes, keystroke by keystroke, to the others' browsers
// as a preview under the field, marked as not saved; and once saved, the text comes the same way into their field.
// The same socket says which field this tab is in, and outlines the fields the others are in, with their names.
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
    const store = (k, draft) => {
        try {
            localStorage.setItem(k, JSON.stringify(draft));
        } catch (ignored) {
            // Storage full or off: the server still saves as usual.
        }
    };
    const pending = new Set();
    /** Per field, the text the server last confirmed: typing back to it leaves nothing to save. */
    const baseline = new Map();
    /** Per field, when its text last changed and to what. */
    const lastInput = new Map();
    // Text that stood this long (the server saves after a pause in typing of 700 ms), or that was left, may have been
    // saved without the answer coming back: a draft keeps such texts of its own, and where the cell holds one of them
    // when the draft is offered again, the draft simply continues it.
    const MAY_BE_SAVED_AFTER_MS = 500;
    const SENT_KEPT = 20;
    const withSent = (sent, text) => [...(sent || []).filter(t => t !== text), text].slice(-SENT_KEPT);
    let status = null;
    // The typing preview travels on a socket of its own, the newest text per field: while the socket is (re)opening,
    // only the last text of each field waits, and it goes as soon as the socket is open.
    let socket = null;
    let socketUrl = null;
    let previewTemplate = '{0}: {1}';
    let previewRoot = document;
    const outbox = new Map();
    const textFields = new Set(['vaadin-text-field', 'vaadin-text-area']);
    const DONE_LINGER_MS = 1500;
    const DONE_AFTER_MS = 300;
    const previewed = new Set();
    /** The others' fields as the server last told ({cell, name, colour}), and the colours to outline them in. */
    let editors = [];
    let palette = [];
    let fieldsBuilt = null;
    /** The field this tab is in, and the one the others were last told of. */
    let inCell = null;
    let toldCell = null;
    let whereTimer = 0;
    const flush = () => {
        if (socket && socket.readyState === WebSocket.OPEN) {
            outbox.forEach(note => socket.send(JSON.stringify(note)));
            outbox.clear();
        }
    };
    const post = (slot, note) => {
        outbox.delete(slot);
        outbox.set(slot, note);
        flush();
    };
    const send = (cell, text, done) => post(cell, {cell: Number(cell), text, done});
    const tellWhere = () => {
        clearTimeout(whereTimer);
        // A moment later, like the "done" note: the save of the field just left goes first, and a quick pass through
        // several fields tells the others only where it ended.
        whereTimer = setTimeout(() => {
            if (inCell !== toldCell) {
                const entered = inCell !== null;
                post('where', {cell: Number(entered ? inCell : toldCell), text: null, done: false, in: entered});
                toldCell = inCell;
            }
        }, DONE_AFTER_MS);
    };
    const markEditors = () => {
        const byCell = new Map(editors.map(editor => [String(editor.cell), editor]));
        previewRoot.querySelectorAll('[data-editing-by]').forEach(field => {
            if (!byCell.has(field.dataset.cell)) {
                field.removeAttribute('data-editing-by');
                field.style.removeProperty('--editor-colour');
            }
        });
        byCell.forEach((editor, cell) => {
            const field = previewRoot.querySelector('[data-cell="' + Number(cell) + '"]');
            if (field) {
                field.setAttribute('data-editing-by', editor.name);
                field.style.setProperty('--editor-colour', palette[editor.colour % palette.length]);
            }
        });
    };
    const hasField = node => node.nodeType === Node.ELEMENT_NODE
        && (node.matches('[data-cell]') || node.querySelector('[data-cell]') !== null);
    const previewsFrom = from => previewRoot.querySelectorAll('.typing-preview[data-from="' + CSS.escape(from) + '"]');
    const showPreview = note => {
        const field = previewRoot.querySelector('[data-cell="' + Number(note.cell) + '"]');
        let line = field && field.querySelector(':scope > .typing-preview');
        if (note.done || !field || note.text === field.value) {
            if (line && line.dataset.from === note.from) {
                if (note.done) {
                    // The typist left the field and their save is on its way: the saved text takes the line's place
                    // in one change of the page, which every browser in the room then makes once, not twice. Only
                    // if nothing is saved does the line go by itself.
                    line.dataset.done = '';
                    setTimeout(() => 'done' in line.dataset && line.remove(), DONE_LINGER_MS);
                } else {
                    line.remove();
                }
            }
            return;
        }
        if (!line) {
            line = document.createElement('span');
            line.className = 'typing-preview';
            line.slot = 'helper';
            field.appendChild(line);
        }
        line.dataset.from = note.from;
        delete line.dataset.done;
        line.textContent = previewTemplate.replace('{0}', note.author).replace('{1}', note.text);
    };
    const unpreview = field => field.querySelectorAll(':scope > .typing-preview').forEach(line => line.remove());
    // A saved value arrives here before the push that brings it to the view; shown at once only in a text field that
    // nobody here is changing (not in it, nothing unsaved, no question open), which is where the push will show it.
    const showSaved = note => {
        const field = previewRoot.querySelector('[data-cell="' + Number(note.cell) + '"]');
        if (!field) {
            return;
        }
        unpreview(field);
        const input = field.inputElement;
        if (!input || !textFields.has(field.localName) || pending.has(String(note.cell))
            || field.hasAttribute('focused') || field.matches(':focus-within') || field.hasAttribute('data-unsaved')
            || Number(field.dataset.revision) >= note.revision) {
            return;
        }
        // The inner input only: the field's own value stays the view's, so nothing is sent back as typed.
        input.value = note.value;
        field.dataset.revision = note.revision;
    };
    const open = (url, attempt) => {
        const ws = new WebSocket(url);
        socket = ws;
        ws.onopen = () => {
            attempt = 0;
            flush();
        };
        ws.onmessage = e => {
            const note = JSON.parse(e.data);
            if (note.editors) {
                editors = note.editors;
                markEditors();
            } else if (note.left) {
                previewsFrom(note.from).forEach(line => line.remove());
            } else if (note.saved) {
                showSaved(note);
            } else {
                showPreview(note);
            }
        };
        ws.onclose = e => {
            previewRoot.querySelectorAll('.typing-preview').forEach(line => line.remove());
            // Where the others are is not known while the socket is closed; the server tells again when it opens.
            editors = [];
            markEditors();
            // 1008: the presence has ended (another poster opened, or the view left); a new one brings a new address.
            if (socket === ws && socketUrl === url && e.code !== 1008) {
                setTimeout(() => socketUrl === url && open(url, attempt + 1), Math.min(10000, 500 * 2 ** attempt));
            }
        };
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
            lastInput.clear();
            showPending();
            root.addEventListener('beforeinput', e => {
                const field = fieldOf(e);
                if (field && !baseline.has(field.dataset.cell)) {
                    baseline.set(field.dataset.cell, field.value);
                }
            });
            root.addEventListener('focusin', e => {
                const field = fieldOf(e);
                if (field) {
                    inCell = field.dataset.cell;
                    tellWhere();
                }
            });
            root.addEventListener('focusout', e => {
                const field = fieldOf(e);
                if (!field) {
                    return;
                }
                const cell = field.dataset.cell;
                if (inCell === cell) {
                    inCell = null;
                    tellWhere();
                }
                if (previewed.delete(cell)) {
                    // Told a moment later: the save leaving now takes the preview's place on the others' screens by
                    // itself, and their browsers are not woken while it is on its way; back in the field, nothing.
                    setTimeout(() => previewed.has(cell) || send(cell, '', true), DONE_AFTER_MS);
                }
                const draft = read(key(poster, cell));
                if (draft && draft.v === field.value) {
                    draft.s = withSent(draft.s, draft.v);
                    store(key(poster, cell), draft);
                }
            });
            root.addEventListener('input', e => {
                const field = fieldOf(e);
                if (!field) {
                    return;
                }
                const cell = field.dataset.cell;
                const now = Date.now();
                const last = lastInput.get(cell);
                lastInput.set(cell, {at: now, value: field.value});
                previewed.add(cell);
                send(cell, field.value, false);
                if (field.value === baseline.get(cell)) {
                    // Typed and taken back: nothing to save.
                    pending.delete(cell);
                    localStorage.removeItem(key(poster, cell));
                    showPending();
                    return;
                }
                pending.add(cell);
                showPending();
                const k = key(poster, cell);
                const draft = read(k);
                let sent = draft && draft.s;
                if (last && now - last.at >= MAY_BE_SAVED_AFTER_MS && last.value !== baseline.get(cell)) {
                    sent = withSent(sent, last.value);
                }
                store(k, {v: field.value, r: Number(field.dataset.revision), t: now, s: sent || []});
            });
        },
        /**
         * Opens this tab's preview socket at {@code path} (relative to the page); {0} is who, {1} what they type;
         * {@code colours}, space-separated, outline the others' fields.
         */
        typingTo(path, root, template, colours) {
            const url = new URL(path, document.baseURI);
            url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
            previewRoot = root;
            previewTemplate = template;
            palette = colours.split(' ');
            outbox.clear();
            previewed.clear();
            // A new presence: the server knows nothing yet of where this tab is.
            const focused = document.activeElement && document.activeElement.closest('[data-cell]');
            inCell = focused && root.contains(focused) ? focused.dataset.cell : null;
            toldCell = null;
            if (inCell !== null) {
                tellWhere();
            }
            if (fieldsBuilt) {
                fieldsBuilt.disconnect();
            }
            // Fields built again (rows added or moved, the poster restored) are marked again.
            fieldsBuilt = new MutationObserver(records => {
                if (editors.length && records.some(record => record.type === 'attributes'
                    || Array.from(record.addedNodes).some(hasField))) {
                    markEditors();
                }
            });
            fieldsBuilt.observe(root, {childList: true, subtree: true, attributes: true, attributeFilter: ['data-cell']});
            socketUrl = url.href;
            if (socket) {
                socket.close();
            }
            open(socketUrl, 0);
        },
        /** A saved change has come in for the field: the preview before it is over (the next keystroke shows anew). */
        unpreview,
        /** The server saved {@code value}; {@code revision} is given when the save was this tab's own. */
        saved(poster, cell, value, field, revision) {
            baseline.set(String(cell), value);
            const k = key(poster, cell);
            const draft = read(k);
            if (draft && draft.v === value) {
                localStorage.removeItem(k);
            } else if (draft && revision !== undefined) {
                // The user typed on while this save went through: the text they have now starts from it.
                draft.r = revision;
                draft.s = (draft.s || []).slice((draft.s || []).lastIndexOf(value) + 1);
                store(k, draft);
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
                            revision: draft.r, sent: Array.isArray(draft.s) ? draft.s : []});
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
