// Small enhancements; every page works without them.
(function () {
    'use strict';

    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');

    // htmx requests carry the CSRF token as a header, as forms carry it as a field.
    document.addEventListener('htmx:configRequest', function (event) {
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });

    function left(until) {
        var seconds = Math.floor((until - Date.now()) / 1000);
        if (seconds <= 0) {
            return 'passed';
        }
        var days = Math.floor(seconds / 86400), hours = Math.floor(seconds % 86400 / 3600),
            minutes = Math.floor(seconds % 3600 / 60);
        if (days > 0) {
            return days + (days === 1 ? ' day ' : ' days ') + hours + ' h ' + minutes + ' min';
        }
        if (hours > 0) {
            return hours + ' h ' + minutes + ' min';
        }
        return minutes + ' min ' + (seconds % 60) + ' s';
    }

    function tick(root) {
        (root || document).querySelectorAll('[data-deadline]').forEach(function (element) {
            var text = left(Date.parse(element.dataset.deadline));
            element.textContent = text === 'passed' ? 'deadline passed' : text + ' left';
        });
    }

    function localTimes(root) {
        (root || document).querySelectorAll('[data-local-time]').forEach(function (element) {
            var when = new Date(element.dataset.localTime);
            element.textContent = when.toLocaleString(undefined, {
                year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
                timeZoneName: 'short'
            });
        });
    }

    function dirty(region) {
        return Array.prototype.some.call(region.querySelectorAll('input, textarea, select'), function (field) {
            if (field.type === 'hidden') {
                return false;
            }
            if (field.tagName === 'SELECT') {
                // a select without a default option shows its first one: that is not a choice made
                var initial = Array.prototype.findIndex.call(field.options, function (o) { return o.defaultSelected; });
                return field.selectedIndex !== Math.max(0, initial);
            }
            return field.value !== field.defaultValue;
        }) || region.contains(document.activeElement) && document.activeElement.matches('input, textarea, select');
    }

    function selectionOf(field) {
        try {
            return field && typeof field.selectionStart === 'number' ? [field.selectionStart, field.selectionEnd] : null;
        } catch (notText) {
            return null;
        }
    }

    function restoreSelection(field, selection) {
        if (selection) {
            try {
                field.setSelectionRange(selection[0], selection[1]);
            } catch (notText) {
                // a field without a text selection
            }
        }
    }

    // The fresh panel of acts replaces the old one, except the forms someone is filling in (or the server
    // showed again with what was typed): a form still
    // offered keeps its place and what was typed; one the record has moved past stays too, at the top, marked
    // as no longer offered, its button off, so that nothing typed is lost.
    function keepTypedForms(region, adopted, fresh) {
        var list = adopted.querySelector('.actions-list') || adopted;
        Array.prototype.forEach.call(region.querySelectorAll('.card.action[id]'), function (card) {
            // a form the server showed again with what was typed (refused, or kept) counts as typed into
            if (!dirty(card) && !card.dataset.typed && !card.classList.contains('kept')) {
                return;
            }
            var same = Array.prototype.find.call(adopted.querySelectorAll('.card.action[data-offer]'),
                function (offered) { return offered.dataset.offer === card.dataset.offer; });
            if (same) {
                same.replaceWith(card);
                return;
            }
            overtaken(card, fresh);
            list.insertBefore(card, list.firstChild);
        });
        var empty = adopted.querySelector('.empty');
        if (empty && adopted.querySelector('.card.action')) {
            empty.remove();
        }
    }

    function overtaken(card, fresh) {
        if (card.classList.contains('kept')) {
            return;
        }
        card.classList.add('kept');
        card.dataset.offer = 'kept';
        ['id', 'for', 'aria-describedby'].forEach(function (attribute) {
            card.querySelectorAll('[' + attribute + ']').forEach(function (element) {
                element.setAttribute(attribute, 'kept-' + element.getAttribute(attribute));
            });
        });
        card.id = 'kept-' + card.id;
        card.querySelectorAll('button[type=submit]').forEach(function (button) { button.disabled = true; });
        var stage = fresh.querySelector('[data-testid=stage]'), draft = fresh.querySelector('[data-testid=current-draft]');
        var notice = document.createElement('div');
        notice.className = 'kept-notice';
        notice.setAttribute('role', 'alert');
        var strong = document.createElement('strong');
        strong.textContent = 'No longer offered.';
        notice.appendChild(strong);
        notice.appendChild(document.createTextNode(' The document has moved on since you began'
            + (stage ? ' (stage now: ' + stage.textContent.trim() + (draft ? ', current text: '
                + draft.textContent.trim() : '') + ')' : '') + ', so sending this would be refused. What you typed'
            + ' is kept below so that nothing is lost: copy what you need into a form offered now.'));
        card.insertBefore(notice, card.firstChild);
    }

    // Someone acted on this document: fetch the page once the read models show that act, and swap the
    // regions marked data-live; a form someone is filling in is left alone.
    function refresh(sequence) {
        var url = new URL(window.location.href);
        url.searchParams.set('minSequence', sequence);
        url.hash = '';
        return fetch(url, {credentials: 'same-origin'}).then(function (response) {
            return response.ok ? response.text() : Promise.reject(response.status);
        }).then(function (html) {
            var fresh = new DOMParser().parseFromString(html, 'text/html');
            var active = document.activeElement, selection = selectionOf(active);
            document.querySelectorAll('[data-live]').forEach(function (region) {
                var replacement = fresh.getElementById(region.id);
                if (!replacement) {
                    return;
                }
                var adopted = document.importNode(replacement, true);
                if (region.dataset.live === 'form') {
                    keepTypedForms(region, adopted, fresh);
                }
                region.replaceWith(adopted);
                tick(adopted);
                localTimes(adopted);
                if (window.htmx) {
                    window.htmx.process(adopted);
                }
            });
            if (active && active !== document.body && document.contains(active)) {
                active.focus();
                restoreSelection(active, selection);
            }
            // the one live region that stays in place (the swapped ones would not be read out): it says what changed
            var status = document.getElementById('live-status');
            if (status) {
                var stage = document.querySelector('[data-testid=stage]');
                status.dataset.sequence = sequence;
                status.textContent = 'Updated ' + new Date().toLocaleTimeString() + ' (record #' + sequence + ')'
                    + (stage ? ': stage ' + stage.textContent.trim() + '.' : '.');
            }
        });
    }

    function listen() {
        var status = document.getElementById('live-status');
        if (!status || !window.EventSource) {
            return;
        }
        var source = new EventSource(status.dataset.source);
        source.addEventListener('recorded', function (event) {
            refresh(Number(event.data));
        });
        source.addEventListener('open', function () {
            status.dataset.connected = 'true';
        });
    }

    function addProposalRow(button) {
        var list = document.getElementById(button.dataset.rows);
        var rows = list.querySelectorAll('.proposal-row');
        var copy = rows[rows.length - 1].cloneNode(true);
        var index = rows.length;
        copy.querySelectorAll('[id]').forEach(function (element) {
            element.id = element.id.replace(/-\d+$/, '-' + index);
        });
        copy.querySelectorAll('label[for]').forEach(function (label) {
            label.htmlFor = label.htmlFor.replace(/-\d+$/, '-' + index);
        });
        copy.querySelectorAll('input, textarea').forEach(function (field) {
            field.value = '';
            delete field.dataset.startedFrom;
        });
        list.appendChild(copy);
        copy.querySelector('select, input').focus();
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-add-proposal]');
        if (button) {
            event.preventDefault();
            addProposalRow(button);
        }
    });

    // "Amend" starts from the paragraph's current wording: choosing the paragraph (or "Amend" for it) puts its
    // wording in the proposed text, unless words of one's own are there already. ("Delete" hides the text box
    // by the stylesheet alone, and the server ignores its text.)
    function startFromWording(row) {
        var choice = row && row.querySelector('select[data-paragraph-choice]');
        var action = row && row.querySelector('select[name=action]');
        var text = row && row.querySelector('textarea[name=proposalText]');
        if (!choice || !action || !text || action.value !== 'AMEND') {
            return;
        }
        var option = choice.options[choice.selectedIndex];
        var wording = option && option.dataset.wording;
        if (wording && (text.value === '' || text.value === text.dataset.startedFrom)) {
            text.value = wording;
            text.dataset.startedFrom = wording;
        }
    }

    document.addEventListener('change', function (event) {
        if (event.target.matches('.proposal-row select')) {
            startFromWording(event.target.closest('.proposal-row'));
        }
    });

    // A view's address, copied for sharing: the button shows only where the browser lets a page copy.
    function copyButtons(root) {
        if (!navigator.clipboard) {
            return;
        }
        (root || document).querySelectorAll('button[data-copy]').forEach(function (button) {
            button.hidden = false;
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-copy]');
        if (!button) {
            return;
        }
        var address = new URL(button.dataset.copy, window.location.href).href;
        navigator.clipboard.writeText(address).then(function () {
            button.textContent = 'Link copied';
        }, function () {
            button.textContent = 'Copy failed: select the address';
        });
    });

    // Filters folded on a phone (a details element marked data-open-wide) start unfolded on a wide screen.
    function unfoldOnWideScreens() {
        if (window.matchMedia && window.matchMedia('(min-width: 50rem)').matches) {
            document.querySelectorAll('details[data-open-wide]').forEach(function (details) {
                details.open = true;
            });
        }
    }

    document.addEventListener('htmx:load', function (event) {
        copyButtons(event.detail.elt);
    });

    // A document's address follows its title as it is typed (DocumentId.suggestedFor does the same on the
    // server), until someone edits the address by hand.
    function slugOf(title) {
        var slug = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
            .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
        if (slug.length > 80) {
            slug = slug.substring(0, 81);
            var lastBreak = slug.lastIndexOf('-');
            slug = lastBreak >= 3 ? slug.substring(0, lastBreak) : slug.substring(0, 80);
        }
        return slug.length >= 3 ? slug : slug.length === 0 ? '' : 'document-' + slug;
    }

    function derivedAddresses() {
        document.querySelectorAll('[data-derived-from]').forEach(function (address) {
            var source = document.getElementById(address.dataset.derivedFrom);
            if (!source) {
                return;
            }
            var derived = address.value === '' || address.value === slugOf(source.value);
            address.addEventListener('input', function () {
                derived = address.value === '';
            });
            source.addEventListener('input', function () {
                if (derived) {
                    address.value = slugOf(source.value);
                }
            });
        });
    }

    // Each enhancement on its own, so one failing leaves the others working.
    document.addEventListener('DOMContentLoaded', function () {
        [listen, tick, localTimes, copyButtons, unfoldOnWideScreens, derivedAddresses].forEach(function (enhance) {
            try {
                enhance();
            } catch (failure) {
                console.error(failure);
            }
        });
        setInterval(tick, 1000);
    });
})();
