/**
 * Generated from the API's OpenAPI document (GET /docs-json) by openapi-typescript: do not edit.
 * After changing a controller or a DTO, run `npm run generate:api-types` (needs Postgres and Redis, as the tests do).
 * The desk names the shapes it uses in ./types.ts.
 */

export interface paths {
  '/v1/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything ingested, newest first
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     Newest received first; filters combine; page with `cursor`. Each article with how many quotes and claims it has.
     */
    get: operations['ArticlesController_list'];
    put?: never;
    /**
     * Submit an article
     * @description **Least role: `ingester`** (`factchecker`, `editor`, `admin` too).
     *
     *     Either `body` (plain text) or `html` (a page or fragment; the article text is taken out of it), or only `url`: the page is then fetched during the request (HTML or plain text, at most 2 MB, 5 redirects and `ARTICLE_FETCH_TIMEOUT_MS`; loopback and private addresses refused, each redirect checked again) and its text taken out as for `html`. The article is stored and its extraction scheduled in one transaction; a fetch that fails stores nothing. The same article again (the same `url`, or without a url the same body) answers 200 with the existing article and creates nothing; a url posted alone is fetched again and compared. The same url with a different text (the body, or the text taken out of the html or the fetched page) is a 409 naming the article stored under it.
     */
    post: operations['ArticlesController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An article with its quotes and claims
     * @description **Least role: `ingester`** (`factchecker`, `editor`, `admin` too).
     *
     *     Poll `status` (`received` → `extracting` → `extracted`, or `failed` with `failureReason`).
     */
    get: operations['ArticlesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/articles/{id}/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a claim by hand from any span of the article
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     Quoted or not: a span inside a quote belongs to that quote and its speaker; a span outside every quote (the article’s own voice, say) gets a quote of kind `statement` whose speaker is the publication (`media`), or the first author when the article names no publisher. A `speaker` other than the quote’s gives the span a quote of its own with that speaker. The claim (`origin: hand`) is scored for check-worthiness as the extraction’s are, matched with earlier claims and goes straight to research, whatever its score: a person chose it. `claim.added` (with who) and `claim.ready` go in its history.
     */
    post: operations['ArticlesController_addClaimByHand'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Claims in queue order
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     Highest aged priority first; overdue claims jump up. Filters combine; page with `cursor`.
     */
    get: operations['ClaimsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A claim with its quote, speaker, article, lease, verdicts, history and matches
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     */
    get: operations['ClaimsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Correct a claim
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     The fact-checker holding the claim’s lease, or an editor, corrects what the extraction got wrong before it is published: its words (`text`, a span of its quote), its standalone form, its speaker (its quote’s, so for every claim of the quote). The claim view keeps the machine’s output in `machine`; each change is listed in `GET /v1/corrections` and is an event of the claim’s history (`claim.corrected`, `quote.corrected`) with who made it; the ClaimReview publishes the corrected values.
     */
    patch: operations['CorrectionsController_correctClaimWords'];
    trace?: never;
  };
  '/v1/claims/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A claim’s history
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     Every event about the claim, oldest first.
     */
    get: operations['ClaimsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/lease': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take or extend the lease on a claim
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     A claim in research (or, for editors, in review) is yours for LEASE_SECONDS; call again to extend it. A lease that runs out puts the claim back in its queue.
     */
    post: operations['ClaimsController_lease'];
    /**
     * Give a claim back
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     Ends your lease; the claim returns to its queue.
     */
    delete: operations['ClaimsController_release'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a claim to a person
     * @description **Least role: `editor`** (`admin` too).
     *
     *     A claim in research or review gets a fresh lease (LEASE_SECONDS) for `userId`; whoever held it loses it (their later writes get 409) and `lease.reassigned` (from, to, by) goes in the claim’s history. The person must have a live key and a role that works the stage: a fact-checker for research, an editor who wrote no part of the verdict for review (the two-person rule). An assignment counts as their take: nobody is given more than MAX_LEASES_PER_PERSON claims. Giving a claim sent back to its author to anyone else ends the author’s reservation (`claim.reservation-ended`).
     */
    post: operations['ClaimsController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/break-lease': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Break the lease on a claim
     * @description **Least role: `editor`** (`admin` too).
     *
     *     Ends whoever’s lease is live on the claim; the claim returns to its queue for take-next, the former holder’s later writes get 409 and `lease.broken` (whose, by whom) goes in the claim’s history. A claim kept for the author it was sent back to stays kept for them (assigning it to someone else ends that).
     */
    post: operations['ClaimsController_breakClaimLease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/matches/{matchId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a suggested repeat
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     The earlier claim says the same thing.
     */
    post: operations['ClaimsController_confirmMatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/matches/{matchId}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reject a suggested repeat
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     The earlier claim says something else.
     */
    post: operations['ClaimsController_rejectMatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Dismiss a claim
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     Ends it without a verdict, with the reason.
     */
    post: operations['ClaimsController_dismiss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/promote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a parked claim to research
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     Triage parks claims that are not check-worthy enough; this sends one on (and `claim.ready` out).
     */
    post: operations['ClaimsController_promote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an internal note to a claim
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     A thread of notes for the desk, at any stage: each is an entry of the claim’s history (`claim.noted`, the text in `data.note`) with its author. Never published, never sent to webhooks.
     */
    post: operations['ClaimsController_note'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/split': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Split a claim in two
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     At an offset inside the claim: the words before and after it become two claims of the same quote and speaker (`origin: split`), scored and matched as every claim and sent to research; the claim is dismissed with reason `split`, kept, and names them in `replacedBy`. For a claim not yet published, by anyone who could take it while nobody holds it, by its holder, or by an editor (whose split ends the holder’s lease); a claim under review only by an editor. `claim.split` and `claim.added` go in the histories with who did it.
     */
    post: operations['ClaimsController_split'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge two claims into one
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     With `otherClaimId` of the same article, in the same quote, or of the same speaker with no other claim and no one else’s quote between them (a quote interrupted by its attribution, a statement continued): one claim from the first one’s start to the last one’s end, of the first one’s quote and speaker (`origin: merge`), scored and matched as every claim and sent to research; both are dismissed with reason `merged`, kept, and name it in `replacedBy`. Both must be not yet published, and free (not under review nor kept for someone else), yours, or (for an editor) anyone’s. `claim.merged` and `claim.added` go in the histories with who did it.
     */
    post: operations['ClaimsController_merge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/quotes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Correct a quote’s attribution
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     An editor, or the fact-checker holding a lease on one of its claims while none of the others is held by someone else or under review, fixes who said a quote (`speaker`), the words that name them (`mention`), or says it is nobody’s quote (`notAQuote: true`): its claims are then dismissed with the reason “Not a quote of anyone”, kept and marked, their leases ended. Each change is listed in `GET /v1/corrections` and is a `quote.corrected` event in the history of every claim of the quote.
     */
    patch: operations['CorrectionsController_correctAttribution'];
    trace?: never;
  };
  '/v1/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What people corrected in the extraction
     * @description **Least role: `editor`** (`admin` too).
     *
     *     Every correction, oldest first, each with its `kind`, the machine’s original value and the person’s, who and when: to measure the extraction against what people fixed. Page with `cursor`; new kinds may be added.
     */
    get: operations['CorrectionsController_corrections'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/verdict': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Save the draft verdict
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     The lease holder of a claim in research writes the draft; each save replaces the fields it sends.
     */
    put: operations['VerdictsController_saveVerdict'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Edit the verdict under review
     * @description **Least role: `editor`** (`admin` too).
     *
     *     The editor holding the review lease makes small edits before deciding: the summary, the explanation, the sources. The edit is recorded as theirs (`verdict.edited` in the history with each field before and after; the version’s `editors`), yet the fact-checker stays its author and the editor may still approve it. The rating is not changed in review: send the verdict back for that. An edit that changes nothing records nothing.
     */
    patch: operations['VerdictsController_edit'];
    trace?: never;
  };
  '/v1/claims/{id}/verdict/reuse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start the draft from the published verdict of the claim this one repeats ("same verdict")
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     The lease holder of a claim in research copies the rating, summary, explanation and sources of the verdict published on a claim it repeats into its draft (replacing what the draft said), linked to that verdict (`reusedFrom`); it is then submitted and reviewed like any other. The original is the first fact check of the claim: naming a repeat that itself reused a verdict copies its original. Once this verdict is published, the ClaimReviews of the original and of its earlier repeats list this claim’s article too (`itemReviewed.appearance` becomes a list).
     */
    post: operations['VerdictsController_reuse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit the draft for review
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     Needs a rating, a summary and at least one source (400 names what is missing); the claim moves to review.
     */
    post: operations['VerdictsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve and publish the verdict
     * @description **Least role: `editor`** (`admin` too).
     *
     *     The editor holding the review lease approves it; publishing follows. Nobody who wrote part of the verdict (saved a change to its draft, submitted it) may approve it: the two-person rule. The published verdict is read at `/fact-checks/<slug>`, where its ClaimReview `url` points unless `url` names the newsroom’s own page.
     */
    post: operations['VerdictsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the verdict back to research
     * @description **Least role: `editor`** (`admin` too).
     *
     *     With a comment for the fact-checker, shown with the verdict.
     */
    post: operations['VerdictsController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/correct': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Correct a published verdict
     * @description **Least role: `editor`** (`admin` too).
     *
     *     A new version with the fields sent (the rest kept) and a note; publishing supersedes the old version (kept), updates the ClaimReview (`dateModified`, `version`) and sends `verdict.corrected`.
     */
    post: operations['VerdictsController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claims/{id}/claimreview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The ClaimReview JSON-LD of the published verdict
     * @description **Least role: `ingester`** (`factchecker`, `editor`, `admin` too).
     *
     *     The version in force.
     */
    get: operations['VerdictsController_claimReview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claimreviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every published version as ClaimReview JSON-LD
     * @description **Least role: `ingester`** (`factchecker`, `editor`, `admin` too).
     *
     *     Oldest first, corrections included as the versions they are; page with `cursor`.
     */
    get: operations['ClaimReviewsController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/claimreviews.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every published version as CSV
     * @description **Least role: `ingester`** (`factchecker`, `editor`, `admin` too).
     *
     *     RFC 4180 with a header row: claim_id, version, published_at, superseded_at, speaker, claim, rating, rating_value, summary, sources, correction_note, article_url, article_title, publisher, review_url. Cells starting with =, +, - or @ are prefixed with ' so spreadsheets do not run them.
     */
    get: operations['ClaimReviewsController_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit trail
     * @description **Least role: `editor`** (`admin` too).
     *
     *     Every action on the desk, newest first; filters combine.
     */
    get: operations['DeskController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Desk statistics
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     Claims per stage now, the median time in each stage, published verdicts per rating, and per team how many verdicts were published within PUBLISH_SLA_HOURS of the claim entering research; and the check-worthiness model triage scores with (its version, training, and its F1 and average precision on what they were measured on).
     */
    get: operations['DeskController_deskStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fact-checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The published fact checks (HTML)
     * @description Newest first, `limit` a page; the page links to the next with `rel="next"`. No key needed.
     */
    get: operations['FactChecksController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fact-checks/feed.atom': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The published fact checks as an Atom feed
     * @description Newest first, 50 an entry page (`rel="next"` links the older ones). No key needed.
     */
    get: operations['FactChecksController_atom'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fact-checks/feed.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The published fact checks as a JSON Feed
     * @description JSON Feed 1.1, newest first, 50 an item page (`next_url` gives the older ones). No key needed.
     */
    get: operations['FactChecksController_json'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/fact-checks/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A published fact check (HTML)
     * @description Readable without JavaScript: the claim, the rating, the quote in the article’s text, the speaker, the explanation, the sources and the corrections, with the ClaimReview in `<script type="application/ld+json">`. The slug is set at the first publication and kept through corrections. No key needed. Anything not published is a 404: an HTML page for a browser (`Accept: text/html`), a problem otherwise.
     */
    get: operations['FactChecksController_page'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whom the key belongs to
     * @description **Least role: `ingester`** (`factchecker`, `editor`, `admin` too).
     *
     *     What a client such as the web desk shows by role.
     */
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/me/verdicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller’s verdicts
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     The latest version of each verdict the caller wrote part of, with its status and the editor’s comment.
     */
    get: operations['MeController_verdicts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * People an editor can assign claims to
     * @description **Least role: `editor`** (`admin` too).
     *
     *     Everyone with a live key (of `role` or above when given), by name: id, name, role and how many claims they hold live leases on. Never a key.
     */
    get: operations['PeopleController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/queue/research/next': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take the next research claim
     * @description **Least role: `factchecker`** (`editor`, `admin` too).
     *
     *     A claim an editor sent back to the caller and keeps for them (RETURN_RESERVE_HOURS) first; otherwise the highest-priority unleased claim in research not kept for someone else, leased to the caller. Two callers never get the same claim.
     */
    post: operations['QueueController_research'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/queue/review/next': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take the next review claim
     * @description **Least role: `editor`** (`admin` too).
     *
     *     The highest-priority unleased claim in review whose verdict the caller wrote no part of, leased to them.
     */
    post: operations['QueueController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rating scale in force
     * @description **Least role: `ingester`** (`factchecker`, `editor`, `admin` too).
     *
     *     RATING_SCALE; the default runs from False to True.
     */
    get: operations['RatingsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Where things are
     * @description A short index of the service: the desk (or how to build it), the documentation, the API, health and metrics. A browser asking for a page gets the web desk here instead, once it is built. No key needed.
     */
    get: operations['ServiceIndexController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * People with a live key
     * @description **Least role: `admin`**.
     *
     *     Never a key; `keyPrefix` tells keys apart.
     */
    get: operations['UsersController_list'];
    put?: never;
    /**
     * Create a person with a role and an API key
     * @description **Least role: `admin`**.
     *
     *     The key is in this answer only.
     */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a person’s key
     * @description **Least role: `admin`**.
     *
     *     From the next request on the key gets 401; the claims the person held go back to their queues.
     */
    delete: operations['UsersController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/users/{id}/key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a person a new key
     * @description **Least role: `admin`**.
     *
     *     Shown in this answer only; the old key stops working now.
     */
    post: operations['UsersController_rotate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Webhook subscriptions
     * @description **Least role: `admin`**.
     *
     *     Never their secrets.
     */
    get: operations['WebhooksController_list'];
    put?: never;
    /**
     * Subscribe a newsroom endpoint
     * @description **Least role: `admin`**.
     *
     *     Deliveries are Standard Webhooks: a JSON body `{type, timestamp, data}` with `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the base64 bytes after `whsec_`). Failed deliveries are retried for about a day, then kept as failed.
     */
    post: operations['WebhooksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Unsubscribe
     * @description **Least role: `admin`**.
     *
     *     Deliveries not yet made end as failed.
     */
    delete: operations['WebhooksController_delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A subscription’s deliveries
     * @description **Least role: `admin`**.
     *
     *     Newest first, with the outcome of their attempts: each message as sent (`payload`) and the start of the receiver’s last answer (`lastResponseBody`, at most 1,024 characters).
     */
    get: operations['WebhooksController_listDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/webhooks/{id}/deliveries/{deliveryId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a finished delivery again, or a waiting one now
     * @description **Least role: `admin`**.
     *
     *     A finished delivery (succeeded or failed) is sent again from the first step of the retry schedule. A pending delivery waiting for its next attempt after a failure is attempted now, and the schedule goes on from the attempts already made (the attempt that was waiting is not made as well). The message keeps its `webhook-id` and body, each attempt is signed afresh, and deliveries about one claim or article still reach the subscriber in order.
     */
    post: operations['WebhooksController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This documentation in Swagger UI
     * @description An HTML page; no key needed. Authorize with an API key to try calls out.
     */
    get: operations['OpenApiController_page'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs-json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This OpenAPI 3 document
     * @description Generated from the code at start-up; no key needed.
     */
    get: operations['OpenApiController_document'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MetricsController_metrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description One thing wrong with the request, named by its field (dotted for nested fields). */
    FieldError: {
      /** @example sources.0.url */
      field: string;
      /** @example each source needs an http(s) url */
      message: string;
    };
    /** @description An RFC 9457 problem document (`application/problem+json`), the answer to every error. Never contains a stack trace. Some problems carry extra members, e.g. `checks` on a 503 from /health/ready or `stage` on a 409. */
    Problem: {
      /**
       * @description `about:blank` when the status says it all; otherwise one of `/problems/validation`, `/problems/malformed-json`, `/problems/invalid-encoding`, `/problems/not-found`, `/problems/invalid`, `/problems/forbidden`, `/problems/own-verdict`, `/problems/wrong-stage`, `/problems/lease-held`, `/problems/lease-not-held`, `/problems/lease-limit`, `/problems/conflict`, `/problems/idempotency-key-reused`, `/problems/page-refused`, `/problems/page-unavailable`, `/problems/page-timeout`.
       * @example /problems/validation
       */
      type: string;
      /** @example Bad Request */
      title: string;
      /** @example 400 */
      status: number;
      /** @example The request is not valid: body: body must be longer than or equal to 1 characters */
      detail: string;
      /** @description For validation problems: each field that is wrong (at most 50). */
      errors?: components['schemas']['FieldError'][];
      /** @description How many field errors there were when more than `errors` lists. */
      errorCount?: number;
    } & {
      [key: string]: unknown;
    };
    /** @description Either `body` or `html`, not both, or only `url` (the page is fetched); the rest is optional. */
    SubmitArticle: {
      title?: string;
      /** @description The article as plain text; offsets in the extraction index into exactly this string. */
      body?: string;
      /** @description A whole page or a fragment; the article text is taken out of it (no markup kept). */
      html?: string;
      /**
       * @description http(s); the same url again is the same article. Alone (no `body`, no `html`), the page there is fetched and its article text taken out.
       * @example https://news.example/story
       */
      url?: string;
      publisher?: string;
      /**
       * Format: date-time
       * @description When the article was published: a date, 2026-09-06 (midnight UTC), or a date-time with a zone, 2026-09-06T12:00:00Z or 2026-09-06T14:00:00+02:00 (RFC 3339; seconds and a decimal fraction optional), in the years 0001 to 9999.
       * @example 2026-09-06T12:00:00Z
       */
      publishedAt?: string;
      /** @description Each at most 300 characters. */
      authors?: string[];
      /**
       * @description A language tag; `en` when absent.
       * @example en
       */
      language?: string;
      /**
       * @description Where the claims come from: `quotes` (what people are quoted saying), or `all`: also the check-worthy statements of the article’s own voice, as quotes of kind `statement` spoken by the publisher (`media`) or, without one, the first author. `CLAIMS_FROM` (default `quotes`) when absent. Kept with the article: the same article sent again with another `claimsFrom` is a 409.
       * @enum {string}
       */
      claimsFrom?: 'quotes' | 'all';
    };
    /** @enum {string} */
    ArticleStatus: 'received' | 'extracting' | 'extracted' | 'failed';
    /** @description Text of the article and where it is: UTF-16 offsets into the text exactly as submitted. */
    Span: {
      /** @example Johnson */
      text: string;
      /** @example 1105 */
      start: number;
      /** @example 1112 */
      end: number;
    };
    QuoteSpeaker: {
      /** Format: uuid */
      id: string | null;
      /**
       * @description Who the attribution points at, resolved across the article.
       * @example Brandon Johnson
       */
      name: string;
      /** @enum {string|null} */
      type: 'person' | 'organization' | 'document' | 'media' | 'unknown' | null;
      /** @example Mayor */
      title: string | null;
      /** @description The words the attribution points at, as written ("he", "the mayor"). */
      mention: components['schemas']['Span'] | null;
    };
    /** @enum {string} */
    ClaimStage: 'triage' | 'research' | 'review' | 'published' | 'dismissed';
    /**
     * @description Who made the claim: the extraction, or a person who chose its span (`hand`), split a claim (`split`) or merged two (`merge`).
     * @enum {string}
     */
    ClaimOrigin: 'extraction' | 'hand' | 'split' | 'merge';
    /** @description A checkable assertion inside a quote (or a statement a person made a claim of). */
    ArticleClaim: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      quoteId: string;
      /**
       * @description The claim as it stands in the article.
       * @example Our people have not asked for this
       */
      text: string;
      /** @description The claim reading on its own (pronouns resolved where the article allows). */
      standalone: string;
      start: number;
      end: number;
      /** @example 0.71 */
      checkworthiness: number;
      checkworthy: boolean;
      stage: components['schemas']['ClaimStage'];
      /** @description Kept in triage as not check-worthy enough; `POST /v1/claims/{id}/promote` sends it on. */
      parked: boolean;
      /** @description Who made the claim: the extraction, or a person who chose its span (`hand`), split a claim (`split`) or merged two (`merge`). */
      origin: components['schemas']['ClaimOrigin'];
      /** @description Priority fixed at triage (0..1). */
      priority: number;
      overdue: boolean;
    };
    Quote: {
      /** Format: uuid */
      id: string;
      text: string;
      start: number;
      end: number;
      /** @enum {string} */
      kind: 'direct' | 'partial' | 'indirect' | 'statement';
      speaker: components['schemas']['QuoteSpeaker'] | null;
      /** @description The reporting verb ("said"). */
      cue: components['schemas']['Span'] | null;
      claims: components['schemas']['ArticleClaim'][];
    };
    /** @description An article with its quotes (each with its claims) and all its claims. */
    Article: {
      /** Format: uuid */
      id: string;
      title: string | null;
      /** @example https://news.example/story */
      url: string | null;
      publisher: string | null;
      /** Format: date-time */
      publishedAt: string | null;
      authors: string[];
      /** @example en */
      language: string;
      /**
       * @description Where its claims come from: its quotes, or `all`: also the check-worthy statements of its own voice (quotes of kind `statement`).
       * @enum {string}
       */
      claimsFrom: 'quotes' | 'all';
      status: components['schemas']['ArticleStatus'];
      /** @description Why extraction failed, when `status` is `failed`. */
      failureReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      extractedAt: string | null;
      /** @description The article text; every offset indexes into it. */
      body: string;
      quotes: components['schemas']['Quote'][];
      claims: components['schemas']['ArticleClaim'][];
    };
    ArticleSummary: {
      /** Format: uuid */
      id: string;
      title: string | null;
      /** @example https://news.example/story */
      url: string | null;
      publisher: string | null;
      /** Format: date-time */
      publishedAt: string | null;
      authors: string[];
      /** @example en */
      language: string;
      /**
       * @description Where its claims come from: its quotes, or `all`: also the check-worthy statements of its own voice (quotes of kind `statement`).
       * @enum {string}
       */
      claimsFrom: 'quotes' | 'all';
      status: components['schemas']['ArticleStatus'];
      /** @description Why extraction failed, when `status` is `failed`. */
      failureReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      extractedAt: string | null;
    };
    /** @description A new article, stored and waiting for extraction. */
    ArticleReceived: {
      /** Format: uuid */
      id: string;
      /** @example received */
      status: components['schemas']['ArticleStatus'];
      article: components['schemas']['ArticleSummary'];
    };
    /** @description An article as the article list shows it, without its text. */
    ArticleListItem: {
      /** Format: uuid */
      id: string;
      title: string | null;
      /** @example https://news.example/story */
      url: string | null;
      publisher: string | null;
      /** Format: date-time */
      publishedAt: string | null;
      status: components['schemas']['ArticleStatus'];
      /**
       * Format: date-time
       * @description When the service received the article.
       */
      receivedAt: string;
      /** @description How many quotes the extraction found in it. */
      quoteCount: number;
      /** @description How many claims it has. */
      claimCount: number;
    };
    ArticlePage: {
      items: components['schemas']['ArticleListItem'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    /** @description Who said it: `{speakerId}`, one of the speakers the article quotes, or `{name, type, title?}`, found or stored as the extraction stores speakers (the same name and type is the same speaker). */
    SpeakerChoice: {
      /**
       * Format: uuid
       * @description One of the article’s speakers (`quotes[].speaker.id`).
       */
      speakerId?: string;
      /** @example The Daily Planet */
      name?: string;
      /** @enum {string} */
      type?: 'person' | 'organization' | 'document' | 'media' | 'unknown';
      /** @example Editorial board */
      title?: string;
    };
    /** @description A span of the article’s text (UTF-16 offsets, as every span of the API), quoted or not; white space at its ends is left out. */
    AddClaim: {
      /** @example 120 */
      start: number;
      /**
       * @description After `start`; at most 1000 characters on.
       * @example 162
       */
      end: number;
      /** @description Who said it. Without it: the speaker of the quote the span is in, or for a span outside every quote the publication (or the first author). */
      speaker?: components['schemas']['SpeakerChoice'];
    };
    ClaimSpeaker: {
      /** Format: uuid */
      id: string | null;
      /** @example Jane Doe */
      name: string;
      /** @enum {string|null} */
      type: 'person' | 'organization' | 'document' | 'media' | 'unknown' | null;
      /** @example Senator */
      title: string | null;
    };
    ClaimArticle: {
      /** Format: uuid */
      id: string;
      title: string | null;
      url: string | null;
      publisher: string | null;
      /** Format: date-time */
      publishedAt: string | null;
    };
    /** @description Who holds a claim and until when; extend it with `POST /v1/claims/{id}/lease`. */
    Lease: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      holderId: string | null;
      /** @description The holder’s name. */
      holderName: string | null;
      /** Format: date-time */
      expiresAt: string;
    };
    /** @enum {string} */
    VerdictStatus: 'draft' | 'submitted' | 'approved' | 'published';
    /** @description A person who wrote part of a verdict version. */
    VerdictAuthor: {
      /** Format: uuid */
      id: string;
      /** @example Fiona */
      name: string;
    };
    /** @description The claim’s latest verdict version in brief, as the review queue shows it: the rating proposed and who wrote it. */
    ClaimVerdictBrief: {
      /** Format: uuid */
      id: string;
      /** @description 1 for the first verdict; each correction of a published verdict adds one. */
      version: number;
      status: components['schemas']['VerdictStatus'];
      /**
       * @description A rating name of `GET /v1/ratings`.
       * @example Mostly False
       */
      rating: string | null;
      /** @description The rating’s value on the scale (the ClaimReview ratingValue). */
      ratingValue: number | null;
      /** @description Everyone who wrote part of this version (a draft save that changed it, the submission, a correction), in the order they first did. A draft whose first author is not the lease holder was inherited. None of them may review it. */
      authors: components['schemas']['VerdictAuthor'][];
      /** Format: date-time */
      submittedAt: string | null;
      /** @description An editor sent this version back and it is being reworked (a draft) or was submitted again (a resubmission: the claim page shows what changed since). */
      sentBack: boolean;
    };
    /** @description A claim an editor sent back, kept for its author until `until`: first in their take-next, in nobody else’s. Then it is an ordinary claim. */
    Reservation: {
      /**
       * Format: uuid
       * @description The author it is kept for.
       */
      userId: string;
      /** @description Their name. */
      name: string;
      /** Format: date-time */
      until: string;
    };
    ClaimQuoteDetail: {
      /** Format: uuid */
      id: string;
      text: string;
      /** @enum {string} */
      kind: 'direct' | 'partial' | 'indirect' | 'statement';
      start: number;
      end: number;
      /** @description The words the attribution points at. */
      mention: components['schemas']['Span'] | null;
      /** @description The reporting verb. */
      cue: components['schemas']['Span'] | null;
      /** @description A person said this is nobody’s quote (`PATCH /v1/quotes/{id}`): its claims are dismissed, kept. */
      notAQuote: boolean;
    };
    VerdictSource: {
      /**
       * @description http(s).
       * @example https://stats.example/unemployment-2025
       */
      url: string;
      title?: string;
    };
    /** @description The published verdict a verdict was started from: the first fact check of the claim it repeats. */
    ReusedVerdict: {
      /**
       * Format: uuid
       * @description The claim it repeats (the original).
       */
      claimId: string;
      /**
       * Format: uuid
       * @description The version whose words were copied.
       */
      verdictId: string;
      version: number;
      /**
       * @description Its rating: the one the same verdict keeps.
       * @example Half True
       */
      rating: string;
    };
    /** @description One version of a verdict on a claim. */
    Verdict: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      claimId: string;
      /** @description 1 for the first verdict; each correction of a published verdict adds one. */
      version: number;
      status: components['schemas']['VerdictStatus'];
      /**
       * @description A rating name of `GET /v1/ratings`.
       * @example Mostly False
       */
      rating: string | null;
      /** @description The rating’s value on the scale (the ClaimReview ratingValue). */
      ratingValue: number | null;
      summary: string | null;
      explanation: string | null;
      sources: components['schemas']['VerdictSource'][];
      /**
       * Format: uuid
       * @description The last person who wrote or submitted this version.
       */
      authorId: string;
      /** @description Everyone who wrote part of this version (a draft save that changed it, the submission, a correction), in the order they first did. A draft whose first author is not the lease holder was inherited. None of them may review it. */
      authors: components['schemas']['VerdictAuthor'][];
      /** @description The editors who changed this version while reviewing it (`PATCH /v1/claims/{id}/verdict`: summary, explanation, sources), in the order they first did. They are not its authors: an editor’s small edits before approving do not stop them approving it. */
      editors: components['schemas']['VerdictAuthor'][];
      /** Format: uuid */
      reviewerId: string | null;
      /** @description The editor’s comment when the verdict was sent back. */
      reviewComment: string | null;
      /** @description Why this version corrects the one before. */
      correctionNote: string | null;
      /** @description Started from the published verdict of the claim this one repeats ("same verdict", `POST /v1/claims/:id/verdict/reuse`); once published, the original’s ClaimReview lists this claim’s article among its appearances. A draft save that changes the rating ends the link (another rating is not the same verdict); other words may be changed. */
      reusedFrom: components['schemas']['ReusedVerdict'] | null;
      /** Format: date-time */
      supersededAt: string | null;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      approvedAt: string | null;
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @description The latest version as the editor last sent it back, with their comment: the claim page shows a resubmission against it. */
    SentBackVerdict: {
      /**
       * @description A rating name of `GET /v1/ratings`.
       * @example Mostly False
       */
      rating: string | null;
      /** @description The rating’s value on the scale (the ClaimReview ratingValue). */
      ratingValue: number | null;
      summary: string | null;
      explanation: string | null;
      sources: components['schemas']['VerdictSource'][];
      /**
       * Format: uuid
       * @description The version sent back (the same version, reworked since).
       */
      verdictId: string;
      version: number;
      /** @description What the editor asked to change. */
      comment: string;
      /** @description The editor who sent it back. */
      by: components['schemas']['VerdictAuthor'];
      /** Format: date-time */
      at: string;
    };
    EventActor: {
      /** Format: uuid */
      id: string | null;
      name: string | null;
    };
    /** @description One event of the audit trail about a claim. */
    HistoryEntry: {
      /** @example 1042 */
      id: string;
      /** @example verdict.published */
      type: string;
      actor: components['schemas']['EventActor'];
      /** @description What the event records; depends on its type. */
      data: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      at: string;
    };
    MatchedClaim: {
      /** Format: uuid */
      id: string;
      text: string;
      standalone: string;
      stage: components['schemas']['ClaimStage'];
      speaker: string | null;
    };
    MatchedArticle: {
      /** Format: uuid */
      id: string;
      title: string | null;
      url: string | null;
      publisher: string | null;
    };
    /** @description The current published verdict of the earlier claim, or of one of its repeats (`claimId` says which). */
    MatchedVerdict: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      claimId: string;
      /** @description 1 for the first verdict; each correction of a published verdict adds one. */
      version: number;
      /**
       * @description A rating name of `GET /v1/ratings`.
       * @example Mostly False
       */
      rating: string | null;
      /** @description The rating’s value on the scale (the ClaimReview ratingValue). */
      ratingValue: number | null;
      summary: string | null;
      /** Format: date-time */
      publishedAt: string;
    };
    /** @description An earlier claim from another article that says the same thing. */
    ClaimMatch: {
      /** Format: uuid */
      id: string;
      /**
       * @description `suggested` matches wait for a person to confirm or reject them.
       * @enum {string}
       */
      status: 'linked' | 'suggested' | 'confirmed';
      /** @description Trigram similarity of the normalised texts. */
      similarity: number;
      claim: components['schemas']['MatchedClaim'];
      article: components['schemas']['MatchedArticle'];
      verdict: components['schemas']['MatchedVerdict'] | null;
    };
    /** @description What the extraction gave for this claim and its quote, kept when a person corrected any of it: the claim view’s own fields are the corrected values, which the ClaimReview publishes. */
    MachineOutput: {
      /** @description The claim’s span as the extraction found it. */
      text: string;
      standalone: string;
      start: number;
      end: number;
      speaker: components['schemas']['ClaimSpeaker'] | null;
      /** @description The words the attribution pointed at. */
      mention: components['schemas']['Span'] | null;
    };
    /** @description A claim with its quote, speaker, article, lease, verdicts, history and matches. */
    ClaimDetail: {
      /** Format: uuid */
      id: string;
      text: string;
      standalone: string;
      start: number;
      end: number;
      checkworthiness: number;
      checkworthy: boolean;
      stage: components['schemas']['ClaimStage'];
      parked: boolean;
      /** @description Who made the claim: the extraction, or a person who chose its span (`hand`), split a claim (`split`) or merged two (`merge`). */
      origin: components['schemas']['ClaimOrigin'];
      /** @description The base priority plus what waiting added (0.01 an hour): the queue is in this order. */
      priority: number;
      /** @description Priority fixed at triage: 0.6 check-worthiness + 0.2 speaker prominence + 0.2 recency. */
      basePriority: number;
      /** @description Waited longer than its stage’s deadline. */
      overdue: boolean;
      /** Format: date-time */
      stageEnteredAt: string;
      /** Format: date-time */
      createdAt: string;
      speaker: components['schemas']['ClaimSpeaker'] | null;
      article: components['schemas']['ClaimArticle'];
      lease: components['schemas']['Lease'] | null;
      /** @description Seconds the claim has spent in research, every round together (a claim sent back researches again), up to now while it is there. */
      researchSeconds: number;
      /** @description Null before a draft is saved. */
      latestVerdict: components['schemas']['ClaimVerdictBrief'] | null;
      /** @description Sent back by an editor and kept for its author for now (research only). */
      reservation: components['schemas']['Reservation'] | null;
      quote: components['schemas']['ClaimQuoteDetail'];
      /** @description Why it was dismissed: a person’s reason, or `split` / `merged` when claims replaced it. */
      dismissedReason: string | null;
      /** @description The claims a split or merge made this one from (empty for the others). */
      derivedFrom: string[];
      /** @description The claims a split or merge replaced this one with (it is dismissed, kept). */
      replacedBy: string[];
      /** @description The latest version. */
      verdict: components['schemas']['Verdict'] | null;
      /** @description Whose draft the lease holder took over: the last other person who wrote the draft, when the holder did not start it (a claim sent back, reassigned, given back or run out). Null without a draft or a holder. */
      draftInheritedFrom: components['schemas']['VerdictAuthor'] | null;
      /** @description Every version, newest first. */
      verdicts: components['schemas']['Verdict'][];
      /** @description The latest version as an editor last sent it back (its words then, the comment, who and when): a resubmission reads against it. Null when it was never sent back, or only before the service kept the words it sent back. */
      sentBack: components['schemas']['SentBackVerdict'] | null;
      history: components['schemas']['HistoryEntry'][];
      matches: components['schemas']['ClaimMatch'][];
      /** @description The extraction’s output, kept once a person corrected the claim or its quote’s attribution (the fields above are then the corrected values, which the ClaimReview publishes); null when nothing was corrected. */
      machine: components['schemas']['MachineOutput'] | null;
    };
    ClaimQuote: {
      /** Format: uuid */
      id: string;
      text: string;
      /** @enum {string} */
      kind: 'direct' | 'partial' | 'indirect' | 'statement';
      start: number;
      end: number;
    };
    /** @description The article’s own text around a claim: from where its quote or the claim starts, whichever is first, to where the later of them ends, with whatever interrupts the quote (`“A,” she said, “B.”`), at most 300 characters either side of the claim and 1,200 in all. Unlike `quote.text`, whose parts are joined, its offsets are the article’s: the claim is at `claim.start - snippet.start` to `claim.end - snippet.start`. */
    ArticleSnippet: {
      text: string;
      /** @description Where `text` starts in the article (UTF-16 code units). */
      start: number;
    };
    /** @description A claim as `GET /v1/claims` lists it: with the article’s words around it. */
    ListedClaim: {
      /** Format: uuid */
      id: string;
      text: string;
      standalone: string;
      start: number;
      end: number;
      checkworthiness: number;
      checkworthy: boolean;
      stage: components['schemas']['ClaimStage'];
      parked: boolean;
      /** @description Who made the claim: the extraction, or a person who chose its span (`hand`), split a claim (`split`) or merged two (`merge`). */
      origin: components['schemas']['ClaimOrigin'];
      /** @description The base priority plus what waiting added (0.01 an hour): the queue is in this order. */
      priority: number;
      /** @description Priority fixed at triage: 0.6 check-worthiness + 0.2 speaker prominence + 0.2 recency. */
      basePriority: number;
      /** @description Waited longer than its stage’s deadline. */
      overdue: boolean;
      /** Format: date-time */
      stageEnteredAt: string;
      /** Format: date-time */
      createdAt: string;
      speaker: components['schemas']['ClaimSpeaker'] | null;
      quote: components['schemas']['ClaimQuote'];
      article: components['schemas']['ClaimArticle'];
      lease: components['schemas']['Lease'] | null;
      /** @description Seconds the claim has spent in research, every round together (a claim sent back researches again), up to now while it is there. */
      researchSeconds: number;
      /** @description Null before a draft is saved. */
      latestVerdict: components['schemas']['ClaimVerdictBrief'] | null;
      /** @description Sent back by an editor and kept for its author for now (research only). */
      reservation: components['schemas']['Reservation'] | null;
      snippet: components['schemas']['ArticleSnippet'];
    };
    ClaimPage: {
      items: components['schemas']['ListedClaim'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    ClaimHistory: {
      items: components['schemas']['HistoryEntry'][];
    };
    AssignClaim: {
      /**
       * Format: uuid
       * @description The person to give the claim to: a live user who may work its stage (a fact-checker for research, an editor who wrote no part of the verdict for review).
       */
      userId: string;
    };
    MatchDecision: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'confirmed' | 'rejected';
      /** Format: uuid */
      matchedClaimId: string;
    };
    Dismiss: {
      /** @example An opinion, not a checkable claim. */
      reason: string;
    };
    DismissedClaim: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      stage: 'dismissed';
      dismissedReason: string;
    };
    /** @description A claim with who said it and where, as queues and lists show it. */
    ClaimListItem: {
      /** Format: uuid */
      id: string;
      text: string;
      standalone: string;
      start: number;
      end: number;
      checkworthiness: number;
      checkworthy: boolean;
      stage: components['schemas']['ClaimStage'];
      parked: boolean;
      /** @description Who made the claim: the extraction, or a person who chose its span (`hand`), split a claim (`split`) or merged two (`merge`). */
      origin: components['schemas']['ClaimOrigin'];
      /** @description The base priority plus what waiting added (0.01 an hour): the queue is in this order. */
      priority: number;
      /** @description Priority fixed at triage: 0.6 check-worthiness + 0.2 speaker prominence + 0.2 recency. */
      basePriority: number;
      /** @description Waited longer than its stage’s deadline. */
      overdue: boolean;
      /** Format: date-time */
      stageEnteredAt: string;
      /** Format: date-time */
      createdAt: string;
      speaker: components['schemas']['ClaimSpeaker'] | null;
      quote: components['schemas']['ClaimQuote'];
      article: components['schemas']['ClaimArticle'];
      lease: components['schemas']['Lease'] | null;
      /** @description Seconds the claim has spent in research, every round together (a claim sent back researches again), up to now while it is there. */
      researchSeconds: number;
      /** @description Null before a draft is saved. */
      latestVerdict: components['schemas']['ClaimVerdictBrief'] | null;
      /** @description Sent back by an editor and kept for its author for now (research only). */
      reservation: components['schemas']['Reservation'] | null;
    };
    ClaimNote: {
      /**
       * @description For the desk only: never published, never sent to webhooks.
       * @example The ministry’s press office will call back about the 2019 figures.
       */
      text: string;
    };
    SplitClaim: {
      /**
       * @description Where to cut: an offset of the article’s text inside the claim, with words on either side. The first part ends there, the second starts there (white space around the cut is left out).
       * @example 140
       */
      at: number;
    };
    /** @description What a split or a merge did: the claims it replaced (dismissed with reason `split` or `merged`, kept, each naming its replacements in `replacedBy` on its page) and the claims that replace them. */
    ClaimRewrite: {
      replaced: components['schemas']['DismissedClaim'][];
      /** @description In the order of the text. */
      claims: components['schemas']['ClaimListItem'][];
    };
    MergeClaims: {
      /**
       * Format: uuid
       * @description The claim to merge with: of the same article, in the same quote, or of the same speaker with no other claim and no one else’s quote between them.
       */
      otherClaimId: string;
    };
    /** @description What to correct in a claim; at least one field. Values equal to the present ones change nothing. */
    ClaimCorrection: {
      /** @description The claim’s words exactly as its quote has them in the article: its span (`start`, `end`) follows, found in the quote (of several places, the nearest to where the claim was). Words the quote does not have are a 400; at most 1000 characters, as every claim. */
      text?: string;
      /** @description The claim as it reads on its own: the ClaimReview’s `claimReviewed`, and what repeats are matched on. */
      standalone?: string;
      /** @description Who said it: a claim’s speaker is its quote’s, so every claim of the quote gets it (refused while one of them is published). */
      speaker?: components['schemas']['SpeakerChoice'];
    };
    /** @description UTF-16 offsets into the article’s text, as submitted; at most 300 characters from start to end. */
    MentionSpan: {
      /** @example 1105 */
      start: number;
      /** @example 1112 */
      end: number;
    };
    /** @description What to correct in a quote’s attribution; at least one field, `notAQuote` only on its own. */
    QuoteCorrection: {
      /** @description Who said it, for every claim of the quote. */
      speaker?: components['schemas']['SpeakerChoice'];
      /** @description The words that name the speaker ("he", "the mayor"): a span of the article, else a 400. */
      mention?: components['schemas']['MentionSpan'];
      /**
       * @description Nobody said this (a headline, the article’s own words taken for a quote): the quote is marked and its claims leave the queues, dismissed with the reason “Not a quote of anyone” (kept, their leases ended).
       * @enum {boolean}
       */
      notAQuote?: true;
    };
    CorrectedQuoteClaim: {
      /** Format: uuid */
      id: string;
      stage: components['schemas']['ClaimStage'];
      dismissedReason: string | null;
    };
    /** @description A quote after its attribution was corrected. */
    CorrectedQuote: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      articleId: string;
      text: string;
      /** @enum {string} */
      kind: 'direct' | 'partial' | 'indirect' | 'statement';
      start: number;
      end: number;
      speaker: components['schemas']['ClaimSpeaker'] | null;
      mention: components['schemas']['Span'] | null;
      /** @description A person said this is nobody’s quote: its claims are dismissed, kept and marked. */
      notAQuote: boolean;
      /** @description Its claims and where they stand now. */
      claims: components['schemas']['CorrectedQuoteClaim'][];
    };
    /**
     * @description What was corrected; new kinds may be added, so skip the ones you do not know.
     * @enum {string}
     */
    CorrectionKind:
      | 'claim-text'
      | 'claim-standalone'
      | 'speaker'
      | 'mention'
      | 'not-a-quote'
      | 'claim-added'
      | 'claim-split'
      | 'claim-merged';
    /** @description A claim’s words and where they are. */
    ExtractionCorrectionClaim: {
      /** Format: uuid */
      id: string;
      text: string;
      start: number;
      end: number;
    };
    /** @description The values one correction is about, as the machine gave them or as a person set them: `text`, `start` and `end` for `claim-text`; `standalone` for `claim-standalone`; `speaker` for `speaker`; `mention` for `mention`; the quote (`text`, `kind`, `speaker`) as the machine had it and `notAQuote` as corrected for `not-a-quote`; the claim added (`text`, `start`, `end`, `kind` of its quote, `speaker`) for `claim-added`, where the machine gave nothing; the claim split (`text`, `start`, `end`) and its parts (`claims`) for `claim-split`; the two claims merged (`claims`) and the claim covering both (`text`, `start`, `end`) for `claim-merged`. */
    ExtractionCorrectionValues: {
      text?: string;
      start?: number;
      end?: number;
      standalone?: string;
      speaker?: components['schemas']['ClaimSpeaker'] | null;
      mention?: components['schemas']['Span'] | null;
      /** @description The kind of the quote the machine found. */
      kind?: string;
      /** @description A person said this is nobody’s quote. */
      notAQuote?: boolean;
      /** @description For `claim-split`, the parts a person made (corrected); for `claim-merged`, the two claims merged (machine). */
      claims?: components['schemas']['ExtractionCorrectionClaim'][];
    };
    /** @description What the machine said and what a person corrected it to. */
    ExtractionCorrection: {
      /** @example 1042 */
      id: string;
      /** @description What was corrected; new kinds may be added, so skip the ones you do not know. */
      kind: components['schemas']['CorrectionKind'];
      /** Format: date-time */
      at: string;
      /** @description Who corrected it. */
      actor: components['schemas']['EventActor'];
      /** Format: uuid */
      articleId: string;
      /** Format: uuid */
      quoteId: string | null;
      /**
       * Format: uuid
       * @description The claim corrected, or through which its quote was; null for a quote corrected as a whole.
       */
      claimId: string | null;
      /** @description The extraction’s original output (not the value just before): null where the machine gave nothing. */
      machine: components['schemas']['ExtractionCorrectionValues'] | null;
      /** @description The value a person set. */
      corrected: components['schemas']['ExtractionCorrectionValues'];
    };
    ExtractionCorrectionPage: {
      /** @description Oldest first. */
      items: components['schemas']['ExtractionCorrection'][];
      /** @description Pass as `cursor` for the next (newer) page; null on the last page. */
      nextCursor: string | null;
    };
    /** @description Every field is optional while drafting; submitting needs a rating, a summary and at least one source. */
    VerdictDraft: {
      /**
       * @description A rating name of `GET /v1/ratings`.
       * @example Mostly False
       */
      rating?: string;
      /** @description One or two sentences; the ClaimReview `reviewBody`. */
      summary?: string;
      explanation?: string;
      sources?: components['schemas']['VerdictSource'][];
    };
    /** @description Which published verdict to start from: the claim this one repeats, or a repeat of it. */
    ReuseVerdict: {
      /**
       * Format: uuid
       * @description A claim this one was matched with (linked by triage or confirmed by a person), or a repeat of it: the claim whose published verdict its match shows (`matches[].verdict.claimId`).
       */
      fromClaimId: string;
    };
    /** @description An editor’s small edit of the verdict under review: the fields sent replace the submitted ones, the rest is kept. `rating`, if sent, must be the submitted rating: an editor does not change it in review. */
    VerdictEdit: {
      /**
       * @description A rating name of `GET /v1/ratings`.
       * @example Mostly False
       */
      rating?: string;
      /** @description One or two sentences; the ClaimReview `reviewBody`. */
      summary?: string;
      explanation?: string;
      sources?: components['schemas']['VerdictSource'][];
    };
    /** @description Everything is optional: an approval with no body publishes the verdict at its public page. */
    Approve: {
      /**
       * @description The newsroom’s own page that carries the review (a CMS article): the ClaimReview `url` points there instead of at its public page here, `<PUBLIC_BASE_URL>/fact-checks/<slug>` (which is published either way). An http(s) URL.
       * @example https://news.example/fact-checks/crime-fell
       */
      url?: string;
    };
    Reject: {
      /** @description What the fact-checker should change; shown with the verdict. */
      comment: string;
    };
    /** @description The fields to change (the rest is kept from the published version) and why. */
    Correction: {
      /**
       * @description A rating name of `GET /v1/ratings`.
       * @example Mostly False
       */
      rating?: string;
      /** @description One or two sentences; the ClaimReview `reviewBody`. */
      summary?: string;
      explanation?: string;
      sources?: components['schemas']['VerdictSource'][];
      /** @description Why the verdict is corrected; published with the new version. */
      note: string;
    };
    JsonLdOrganization: {
      /** @enum {string} */
      '@type': 'Organization';
      name: string;
      url?: string;
    };
    JsonLdRating: {
      /** @enum {string} */
      '@type': 'Rating';
      ratingValue: number;
      bestRating: number;
      worstRating: number;
      /** @description The rating’s name, e.g. "Mostly False". */
      alternateName: string;
    };
    /** @description Where the claim appeared. */
    JsonLdNewsArticle: {
      /** @enum {string} */
      '@type': 'NewsArticle';
      url?: string;
      headline?: string;
      /** Format: date-time */
      datePublished?: string;
      publisher?: components['schemas']['JsonLdOrganization'];
    };
    /** @description The speaker: a Person (with `jobTitle` when known) or an Organization. */
    JsonLdClaimAuthor: {
      /** @enum {string} */
      '@type': 'Person' | 'Organization';
      name: string;
      jobTitle?: string;
    };
    JsonLdClaim: {
      /** @enum {string} */
      '@type': 'Claim';
      author?: components['schemas']['JsonLdClaimAuthor'];
      /** Format: date-time */
      datePublished?: string;
      /** @description Where the claim appeared: its article; once a repeat of it elsewhere is published with the same verdict, the list of every appearance, the first fact-checked one first. */
      appearance?: components['schemas']['JsonLdNewsArticle'] | components['schemas']['JsonLdNewsArticle'][];
    };
    /** @description schema.org ClaimReview JSON-LD of a published verdict, in the shape Google documents for fact checks; ready to embed in `<script type="application/ld+json">` (`<`, `>` and `&` are escaped). */
    ClaimReview: {
      /** @enum {string} */
      '@context': 'https://schema.org';
      /** @enum {string} */
      '@type': 'ClaimReview';
      /** @description Where readers find the fact check: its public page `<PUBLIC_BASE_URL>/fact-checks/<slug>`, or the newsroom’s own page given on approving. */
      url: string;
      claimReviewed: string;
      /**
       * Format: date-time
       * @description When the first version was published.
       */
      datePublished: string;
      /**
       * Format: date-time
       * @description When a correction last changed it.
       */
      dateModified?: string;
      /** @description 1 for the first publication, counting up with each correction. */
      version?: number;
      /** @description The fact-checking organisation (ORGANIZATION_NAME, ORGANIZATION_URL). */
      author: components['schemas']['JsonLdOrganization'];
      reviewRating: components['schemas']['JsonLdRating'];
      itemReviewed: components['schemas']['JsonLdClaim'];
      /** @description The verdict’s summary. */
      reviewBody?: string;
    };
    ClaimReviewPage: {
      /** @description Every published version, oldest first. */
      items: components['schemas']['ClaimReview'][];
      /** @description The claim of each item, in the same order (`claimIds[i]` is the claim `items[i]` reviews): a ClaimReview `url` is a public page or the newsroom’s own, and names no claim. */
      claimIds: string[];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    /** @description One entry of the append-only audit trail. */
    Event: {
      /** @example 1042 */
      id: string;
      /** @example verdict.published */
      type: string;
      actor: components['schemas']['EventActor'];
      /** Format: uuid */
      articleId: string | null;
      /** Format: uuid */
      claimId: string | null;
      /** @description What the event records; depends on its type. */
      data: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      at: string;
    };
    EventPage: {
      /** @description Newest first. */
      items: components['schemas']['Event'][];
      /** @description Pass as `cursor` for the next (older) page; null on the last page. */
      nextCursor: string | null;
    };
    StageQueue: {
      total: number;
      /** @description Kept in triage as not check-worthy enough. */
      parked: number;
      overdue: number;
      leased: number;
    };
    StageQueues: {
      triage: components['schemas']['StageQueue'];
      research: components['schemas']['StageQueue'];
      review: components['schemas']['StageQueue'];
      published: components['schemas']['StageQueue'];
      dismissed: components['schemas']['StageQueue'];
    };
    StageMedian: {
      /** @description Median minutes a claim spent in the stage; null without data. */
      median: number | null;
      /** @description How many stays in the stage the median is over. */
      periods: number;
    };
    StageMedians: {
      triage: components['schemas']['StageMedian'];
      research: components['schemas']['StageMedian'];
      review: components['schemas']['StageMedian'];
    };
    RatingCount: {
      rating: string | null;
      ratingValue: number | null;
      count: number;
    };
    TeamServiceLevel: {
      /** @description null for people without a team. */
      team: string | null;
      published: number;
      /** @description Published within PUBLISH_SLA_HOURS of the claim entering research. */
      withinSla: number;
      share: number | null;
      medianHours: number | null;
    };
    ServiceLevel: {
      /** @description PUBLISH_SLA_HOURS. */
      hours: number;
      teams: components['schemas']['TeamServiceLevel'][];
    };
    ModelMeasurement: {
      /**
       * @description What it was measured on.
       * @example 64 held-back desk decisions
       */
      on: string;
      /** @description Sentences measured on. */
      sentences: number;
      /** @description Average precision of the ranking (no threshold). */
      averagePrecision: number;
      /** @description F1 of the worth-checking class at the threshold. */
      f1: number;
    };
    CheckworthinessModelInService: {
      /** @description The version claims record (`null`: the shipped model, not registered yet by a worker). */
      version: number | null;
      /**
       * @description Shipped with the release, or retrained on the desk.
       * @enum {string}
       */
      origin: 'shipped' | 'desk';
      /**
       * Format: date-time
       * @description When it was trained (for the shipped model: registered).
       */
      trainedAt: string | null;
      /**
       * Format: date-time
       * @description When it went into service.
       */
      inServiceSince: string | null;
      /** @description Sentences it was trained on, desk decisions included. */
      trainingSize: number;
      /** @description Of them, desk decisions. */
      deskDecisions: number;
      /** @description How it measured, on data it was not trained on. */
      measured: components['schemas']['ModelMeasurement'][];
    };
    DeskStats: {
      /**
       * Format: date-time
       * @description The start of the period (30 days back unless `since` is given).
       */
      since: string;
      /** @description Claims in each stage now. */
      queues: components['schemas']['StageQueues'];
      medianMinutesInStage: components['schemas']['StageMedians'];
      /** @description Published verdicts in force (corrections replace what they correct), per rating. */
      verdictsByRating: components['schemas']['RatingCount'][];
      sla: components['schemas']['ServiceLevel'];
      /** @description The check-worthiness model triage scores with. */
      checkworthinessModel: components['schemas']['CheckworthinessModelInService'];
    };
    JsonFeedAuthor: {
      name: string;
      url?: string;
    };
    /** @description One published fact check, its version in force. */
    JsonFeedItem: {
      /** @description The fact check’s public page, which never changes. */
      id: string;
      url: string;
      /** @description The newsroom’s own page, when the ClaimReview points there. */
      external_url?: string;
      /** @description The claim reviewed. */
      title: string;
      /** @description The rating, the summary and who said it. */
      content_text: string;
      summary?: string;
      /**
       * Format: date-time
       * @description When its first version was published.
       */
      date_published: string;
      /**
       * Format: date-time
       * @description When a correction last changed it.
       */
      date_modified?: string;
      /** @description The rating, as a tag. */
      tags: string[];
    };
    /** @description JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
    JsonFeed: {
      /** @enum {string} */
      version: 'https://jsonfeed.org/version/1.1';
      title: string;
      home_page_url: string;
      feed_url: string;
      description: string;
      language: string;
      /** @description The organisation (ORGANIZATION_NAME). */
      authors: components['schemas']['JsonFeedAuthor'][];
      /** @description The next (older) page, while there is one. */
      next_url?: string;
      /** @description Newest first. */
      items: components['schemas']['JsonFeedItem'][];
    };
    /** @enum {string} */
    Role: 'ingester' | 'factchecker' | 'editor' | 'admin';
    /** @description Whom the API key belongs to. */
    Me: {
      /** Format: uuid */
      id: string;
      name: string;
      role: components['schemas']['Role'];
      team: string | null;
    };
    MyVerdictArticle: {
      /** Format: uuid */
      id: string;
      title: string | null;
    };
    MyVerdictClaim: {
      /** Format: uuid */
      id: string;
      text: string;
      standalone: string;
      stage: components['schemas']['ClaimStage'];
      /** @description The caller holds the claim’s lease now. */
      leasedByYou: boolean;
      speaker: string | null;
      article: components['schemas']['MyVerdictArticle'];
    };
    MyVerdict: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      claimId: string;
      /** @description 1 for the first verdict; each correction of a published verdict adds one. */
      version: number;
      status: components['schemas']['VerdictStatus'];
      /**
       * @description A rating name of `GET /v1/ratings`.
       * @example Mostly False
       */
      rating: string | null;
      summary: string | null;
      /** @description The editor’s comment when the verdict was sent back. */
      reviewComment: string | null;
      /** Format: date-time */
      updatedAt: string;
      claim: components['schemas']['MyVerdictClaim'];
    };
    MyVerdicts: {
      /** @description Most recently changed first; at most 200. */
      items: components['schemas']['MyVerdict'][];
    };
    /** @description Someone an editor can give work to: who they are and how much they hold. Never a key. */
    Person: {
      /** Format: uuid */
      id: string;
      /** @example Fiona */
      name: string;
      role: components['schemas']['Role'];
      /** @description Claims they hold live leases on now (research and review together; at most MAX_LEASES_PER_PERSON). */
      liveLeases: number;
    };
    PersonList: {
      /** @description By name. */
      items: components['schemas']['Person'][];
    };
    RatingLevel: {
      /** @example Mostly False */
      name: string;
      /**
       * @description The ClaimReview ratingValue; 1 is the worst (least true).
       * @example 2
       */
      value: number;
      description: string;
    };
    /** @description The rating scale in force (RATING_SCALE), worst to best. */
    RatingScale: {
      worstRating: number;
      bestRating: number;
      items: components['schemas']['RatingLevel'][];
    };
    /** @description Where things are on this service, for a person or a script. */
    ServiceIndex: {
      /** @example factcheck */
      service: string;
      /**
       * @description Where the web desk is, or how to build it.
       * @example Not built: run `npm run build:web` (`npm start` builds it), then open / in a browser.
       */
      desk: string;
      /**
       * @description What each address serves.
       * @example {
       *       "/docs": "the API reference (Swagger UI)",
       *       "/health/ready": "ready to work"
       *     }
       */
      paths: {
        [key: string]: string;
      };
    };
    CreateUser: {
      /** @example Fiona Factchecker */
      name: string;
      role: components['schemas']['Role'];
      /**
       * @description Service levels are reported per team.
       * @example Politics
       */
      team?: string;
    };
    /** @description A person with a live key; never the key itself. */
    User: {
      /** Format: uuid */
      id: string;
      name: string;
      role: components['schemas']['Role'];
      team: string | null;
      /**
       * @description The first 8 characters of the key, to tell keys apart.
       * @example fck_3kQz
       */
      keyPrefix: string;
      /** Format: date-time */
      createdAt: string;
    };
    CreatedUser: {
      /** Format: uuid */
      id: string;
      name: string;
      role: components['schemas']['Role'];
      team: string | null;
      /**
       * @description Send it as `Authorization: Bearer <apiKey>`.
       * @example fck_3kQz…
       */
      apiKey: string;
      /** Format: date-time */
      createdAt: string;
    };
    UserList: {
      /** @description Oldest first. */
      items: components['schemas']['User'][];
    };
    /** @description A person and their new API key: shown in this answer only, stored hashed. */
    UserWithKey: {
      /** Format: uuid */
      id: string;
      name: string;
      role: components['schemas']['Role'];
      team: string | null;
      /**
       * @description Send it as `Authorization: Bearer <apiKey>`.
       * @example fck_3kQz…
       */
      apiKey: string;
    };
    CreateWebhook: {
      /**
       * @description http(s); loopback and private addresses only with WEBHOOKS_ALLOW_PRIVATE_NETWORKS.
       * @example https://newsroom.example/hooks/factcheck
       */
      url: string;
      events: (
        | 'article.extracted'
        | 'claim.ready'
        | 'claim.overdue'
        | 'verdict.submitted'
        | 'verdict.published'
        | 'verdict.corrected'
      )[];
      /**
       * @description `standard`: signed Standard Webhooks. `slack`: Slack incoming-webhook messages (the url is the secret).
       * @default standard
       * @enum {string}
       */
      kind?: 'standard' | 'slack';
      description?: string;
    };
    WebhookSubscription: {
      /** Format: uuid */
      id: string;
      url: string;
      /**
       * @description `standard`: signed Standard Webhooks; `slack`: Slack incoming-webhook messages.
       * @enum {string}
       */
      kind: 'standard' | 'slack';
      events: (
        | 'article.extracted'
        | 'claim.ready'
        | 'claim.overdue'
        | 'verdict.submitted'
        | 'verdict.published'
        | 'verdict.corrected'
      )[];
      description: string | null;
      /** @description false once the endpoint answered 410 Gone. */
      active: boolean;
      disabledReason: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    CreatedWebhookSubscription: {
      /** Format: uuid */
      id: string;
      url: string;
      /**
       * @description `standard`: signed Standard Webhooks; `slack`: Slack incoming-webhook messages.
       * @enum {string}
       */
      kind: 'standard' | 'slack';
      events: (
        | 'article.extracted'
        | 'claim.ready'
        | 'claim.overdue'
        | 'verdict.submitted'
        | 'verdict.published'
        | 'verdict.corrected'
      )[];
      description: string | null;
      /** @description false once the endpoint answered 410 Gone. */
      active: boolean;
      disabledReason: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * @description The signing secret, shown in this answer only (not for `slack`, whose url is its secret).
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
       */
      secret?: string;
    };
    WebhookSubscriptionList: {
      items: components['schemas']['WebhookSubscription'][];
    };
    /** @enum {string} */
    DeliveryStatus: 'pending' | 'succeeded' | 'failed';
    /** @description One event for one subscription and the outcome of its attempts so far. */
    WebhookDelivery: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      subscriptionId: string;
      /** @description The `webhook-id` header, the same on every attempt. */
      messageId: string;
      /** @enum {string} */
      eventType:
        | 'article.extracted'
        | 'claim.ready'
        | 'claim.overdue'
        | 'verdict.submitted'
        | 'verdict.published'
        | 'verdict.corrected';
      status: components['schemas']['DeliveryStatus'];
      attempts: number;
      lastStatusCode: number | null;
      lastError: string | null;
      /** @description The start of the receiver’s last answer body (at most 1,024 characters, as UTF-8 text); null before the first answer and when no answer arrived (a timeout, a refused connection). */
      lastResponseBody: string | null;
      /** @description The message as sent: the exact JSON body every attempt signs (`{type, timestamp, data}`, or a Slack message). */
      payload: string;
      /** Format: date-time */
      nextAttemptAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      deliveredAt: string | null;
    };
    WebhookDeliveryList: {
      /** @description Newest first. */
      items: components['schemas']['WebhookDelivery'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ArticlesController_list: {
    parameters: {
      query?: {
        /** @description Words to find in the title and text, in web-search syntax (`"exact phrase"`, `or`, `-word`); stemmed. */
        q?: string;
        /** @description Only articles in this status. */
        status?: components['schemas']['ArticleStatus'];
        /** @description Only articles whose publisher contains this (ignoring case). */
        publisher?: string;
        /** @description Only articles received at or after this time: a date, 2026-09-06 (midnight UTC), or a date-time with a zone, 2026-09-06T12:00:00Z or 2026-09-06T14:00:00+02:00 (RFC 3339; seconds and a decimal fraction optional), in the years 0001 to 9999. */
        since?: string;
        limit?: number;
        /** @description The `nextCursor` of the page before. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArticlePage'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ArticlesController_submit: {
    parameters: {
      query?: never;
      header?: {
        /** @description 1 to 255 visible ASCII characters, chosen by the caller (a UUID is a good one) and kept per caller. A retry with the same key and request replays the first answer. The same key with another request is a 422. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitArticle'];
      };
    };
    responses: {
      /** @description The article was submitted before: the existing article. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description Stored; extraction is scheduled. */
      202: {
        headers: {
          /** @description `/v1/articles/<id>` */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ArticleReceived'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `ingester`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The url is stored with a different text (`type`: `/problems/article-text-changed`): `article` is `{id, url}` of the article stored under it; nothing was stored. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /**
       * @description The Idempotency-Key was used before for a different request.
       *
       *     The `html` page (or the fetched one) was refused (`type`: `/problems/too-complex`, `limit`: `nested-too-deep`, `too-many-elements` or `time-budget`); the page at `url` is not taken (`type`: `/problems/page-refused`, `reason`: `private-address` (loopback, private, link-local… or a name resolving to one), `bad-address` (not http(s), credentials), `too-many-redirects` (over 5), `not-html` (neither HTML nor plain text), `too-large` (over 2 MB) or `no-text`; `url` is the address at fault, a redirect’s included); or the Idempotency-Key was used before for a different request. Nothing was stored.
       */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The site of `url` could not be reached (`type`: `/problems/page-unavailable`, `reason`: `unreachable`) or answered with an error (`reason`: `http-status`, its status in `siteStatus`); nothing was stored. */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No thread was free to read the page in time, or this process is fetching as many pages as it may (`ARTICLE_FETCH_CONCURRENCY`); nothing was stored; try again after `Retry-After` seconds. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The page at `url` was not fetched within `ARTICLE_FETCH_TIMEOUT_MS` (`type`: `/problems/page-timeout`); nothing was stored. */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ArticlesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Article'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `ingester`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ArticlesController_addClaimByHand: {
    parameters: {
      query?: never;
      header?: {
        /** @description 1 to 255 visible ASCII characters, chosen by the caller (a UUID is a good one) and kept per caller. A retry with the same key and request answers 200 with the claim the first request added. The same key with another request is a 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddClaim'];
      };
    };
    responses: {
      /** @description A retry: the claim the first request added, as it is now. */
      200: {
        headers: {
          /** @description `true`: this answers a retry of an earlier request. */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetail'];
        };
      };
      /** @description The claim added, in research. */
      201: {
        headers: {
          /** @description `/v1/claims/<id>` */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetail'];
        };
      };
      /** @description The span is outside the article’s text (`errors[]` names `start` or `end`), empty, only white space, longer than 1000 characters or cuts a character in two; the speaker is not one of the article’s speakers (`speaker.speakerId`) or has no name or type. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such article. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The article is still being extracted, or a claim already covers exactly this span (`claim.id`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used before for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_list: {
    parameters: {
      query?: {
        /** @description Only claims in this stage. */
        stage?: components['schemas']['ClaimStage'];
        /** @description Only claims by speakers whose name contains this (ignoring case), or by the speaker with this id. */
        speaker?: string;
        /** @description Words to find in the claim, in web-search syntax (`"exact phrase"`, `or`, `-word`); stemmed. */
        q?: string;
        /** @description Only claims from articles whose publisher contains this (ignoring case). */
        publisher?: string;
        /** @description The least check-worthiness. */
        minScore?: number;
        /** @description Only claims of this article. */
        articleId?: string;
        /** @description Only claims an editor sent back to this person and still keeps for them (their returned work). */
        reservedFor?: string;
        limit?: number;
        /** @description The `nextCursor` of the page before. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimPage'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetail'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CorrectionsController_correctClaimWords: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimCorrection'];
      };
    };
    responses: {
      /** @description The claim as corrected, with `machine`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetail'];
        };
      };
      /** @description Nothing to correct, an empty or oversized value, `text` that is not words of the claim’s quote, a speaker that is neither `{speakerId}` of one of the article’s speakers nor `{name, type}` (`errors[]` names each field). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description You do not hold the claim’s lease and are not an editor, or the claim (for a speaker: one of its quote’s claims) is published (correct its verdict instead) or dismissed, or (for a speaker, unless you are an editor) another claim of its quote is held by someone else, kept for someone else or under review. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimHistory'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_lease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The claim, leased to you (`lease.expiresAt`). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetail'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`; a review lease needs an editor who wrote no part of the verdict (`/problems/own-verdict`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Someone else holds the lease, the claim was sent back to someone else and is kept for them (`/problems/claim-reserved`, with `reservation`; an editor’s take or assignment ends the reservation instead), the claim is not in research or review, or you already hold MAX_LEASES_PER_PERSON claims (`/problems/lease-limit`; extending is always allowed). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description You hold no lease on the claim. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignClaim'];
      };
    };
    responses: {
      /** @description The claim, leased to the person (`lease.holderId`). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetail'];
        };
      };
      /** @description A body that is not `{userId}` with a uuid, or a person whose role may not work the stage, or who wrote part of the verdict under review (`errors[]` names `userId`); or an `Idempotency-Key` header, which this operation does not take. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such claim, or no live user with that id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is not in research or review, the person already holds it, or they hold MAX_LEASES_PER_PERSON claims (`/problems/lease-limit`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_breakClaimLease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The claim, back in its queue (`lease` is null). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetail'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nobody holds a live lease on the claim. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_confirmMatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        matchId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchDecision'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The match was already confirmed or rejected. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_rejectMatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        matchId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MatchDecision'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The match was already confirmed or rejected. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_dismiss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Dismiss'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DismissedClaim'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is under review and you are not an editor. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is already published or dismissed, someone else holds its lease, or (unless you are an editor) it was sent back to someone else and is kept for them (`/problems/claim-reserved`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_promote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimListItem'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is not parked in triage. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_note: {
    parameters: {
      query?: never;
      header?: {
        /** @description 1 to 255 visible ASCII characters, chosen by the caller (a UUID is a good one) and kept per caller. A retry with the same key and request answers 200 with the note the first request added. The same key with another request is a 422. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimNote'];
      };
    };
    responses: {
      /** @description A retry: the note the first request added. */
      200: {
        headers: {
          /** @description `true`: this answers a retry of an earlier request. */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryEntry'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryEntry'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used before for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_split: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SplitClaim'];
      };
    };
    responses: {
      /** @description The claim replaced and its two parts. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimRewrite'];
        };
      };
      /** @description A body that is not `{at}` with an integer, or `at` outside the claim or leaving a part without words, or cutting a character in two (`errors[]` names `at`); or an `Idempotency-Key` header, which this operation does not take. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is under review and you are not an editor. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such claim. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is published or dismissed, someone else holds its lease, or it was sent back to someone else and is kept for them (`/problems/claim-reserved`), and you are not an editor. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimsController_merge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeClaims'];
      };
    };
    responses: {
      /** @description The claims replaced and the merged claim. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimRewrite'];
        };
      };
      /** @description A body that is not `{otherClaimId}` with a uuid, or the claim itself, or a claim of another article, of another quote with another speaker or with a claim or someone else’s quote between them, or two claims longer than 1000 characters together (`errors[]` names `otherClaimId`); or an `Idempotency-Key` header, which this operation does not take. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Either claim is under review and you are not an editor. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such claim (either of them). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Either claim is published or dismissed, someone else holds its lease, or it was sent back to someone else and is kept for them (`/problems/claim-reserved`), and you are not an editor. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CorrectionsController_correctAttribution: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuoteCorrection'];
      };
    };
    responses: {
      /** @description The quote as corrected, with its claims. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CorrectedQuote'];
        };
      };
      /** @description Nothing to correct, a mention outside the article’s text, over only spaces, longer than 300 characters or cutting a character in two (a surrogate pair), `notAQuote` other than true or with a speaker or mention, a speaker that is neither `{speakerId}` of one of the article’s speakers nor `{name, type}` (`errors[]` names each field). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description You hold no lease on any of its claims, or another of its claims is held by someone else, kept for someone else or under review, and you are not an editor; one of its claims is published, or the quote is marked as nobody’s already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  CorrectionsController_corrections: {
    parameters: {
      query?: {
        /** @description Corrections made from this time on (inclusive): a date, 2026-09-06 (midnight UTC), or a date-time with a zone, 2026-09-06T12:00:00Z or 2026-09-06T14:00:00+02:00 (RFC 3339; seconds and a decimal fraction optional), in the years 0001 to 9999. */
        since?: string;
        limit?: number;
        /** @description The `nextCursor` of the page before. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExtractionCorrectionPage'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerdictsController_saveVerdict: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerdictDraft'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verdict'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is not in this stage (`stage` says where it is), or you do not hold its live lease: take it again. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerdictsController_edit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerdictEdit'];
      };
    };
    responses: {
      /** @description The submitted verdict as edited. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verdict'];
        };
      };
      /** @description Nothing to edit, a rating other than the submitted one, an empty summary or no source (`errors[]` names the field). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`, or the editor wrote part of this verdict (`/problems/own-verdict`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is not in this stage (`stage` says where it is), or you do not hold its live lease: take it again. Or there is no submitted verdict. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerdictsController_reuse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReuseVerdict'];
      };
    };
    responses: {
      /** @description The draft, filled and linked to the original. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verdict'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is not in this stage (`stage` says where it is), or you do not hold its live lease: take it again. Or `fromClaimId` is not a claim this one was matched with, linked or confirmed (`/problems/not-a-repeat`), or the original has no published verdict yet (`/problems/not-published`). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerdictsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The submitted verdict. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verdict'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is not in this stage (`stage` says where it is), or you do not hold its live lease: take it again. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerdictsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Approve'];
      };
    };
    responses: {
      /** @description The approved verdict. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verdict'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`, or the editor wrote part of this verdict (`/problems/own-verdict`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is not in this stage (`stage` says where it is), or you do not hold its live lease: take it again. Or there is no submitted verdict. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerdictsController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Reject'];
      };
    };
    responses: {
      /** @description The verdict, back to draft with the comment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verdict'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`, or the editor wrote part of this verdict (`/problems/own-verdict`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is not in this stage (`stage` says where it is), or you do not hold its live lease: take it again. Or there is no submitted verdict. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerdictsController_correct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['Correction'];
      };
    };
    responses: {
      /** @description The new version, to be published. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Verdict'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The claim is not published. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VerdictsController_claimReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimReview'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `ingester`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No such claim, or it has no published verdict. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimReviewsController_feed: {
    parameters: {
      query?: {
        /** @description Versions published from this time on: a date, 2026-09-06 (midnight UTC), or a date-time with a zone, 2026-09-06T12:00:00Z or 2026-09-06T14:00:00+02:00 (RFC 3339; seconds and a decimal fraction optional), in the years 0001 to 9999. */
        since?: string;
        limit?: number;
        /** @description The `nextCursor` (or the `Link` of the CSV) of the page before. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimReviewPage'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `ingester`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ClaimReviewsController_csv: {
    parameters: {
      query?: {
        /** @description Versions published from this time on: a date, 2026-09-06 (midnight UTC), or a date-time with a zone, 2026-09-06T12:00:00Z or 2026-09-06T14:00:00+02:00 (RFC 3339; seconds and a decimal fraction optional), in the years 0001 to 9999. */
        since?: string;
        limit?: number;
        /** @description The `nextCursor` (or the `Link` of the CSV) of the page before. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of rows. */
      200: {
        headers: {
          /** @description `</v1/claimreviews.csv?…cursor=…>; rel="next"` while there are more rows. */
          Link?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `ingester`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeskController_events: {
    parameters: {
      query?: {
        /** @description One event type or several, comma-separated (at most 30). */
        type?: string;
        /** @description Only what this person did. */
        actorId?: string;
        claimId?: string;
        articleId?: string;
        /** @description From this time on (inclusive): a date, 2026-09-06 (midnight UTC), or a date-time with a zone, 2026-09-06T12:00:00Z or 2026-09-06T14:00:00+02:00 (RFC 3339; seconds and a decimal fraction optional), in the years 0001 to 9999. */
        since?: string;
        /** @description Before this time: a date, 2026-09-06 (midnight UTC), or a date-time with a zone, 2026-09-06T12:00:00Z or 2026-09-06T14:00:00+02:00 (RFC 3339; seconds and a decimal fraction optional), in the years 0001 to 9999. */
        until?: string;
        limit?: number;
        /** @description The `nextCursor` of the page before. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventPage'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  DeskController_deskStats: {
    parameters: {
      query?: {
        /** @description The start of the period, 30 days ago when absent: a date, 2026-09-06 (midnight UTC), or a date-time with a zone, 2026-09-06T12:00:00Z or 2026-09-06T14:00:00+02:00 (RFC 3339; seconds and a decimal fraction optional), in the years 0001 to 9999. */
        since?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeskStats'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FactChecksController_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From the `rel="next"` link of the page before. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FactChecksController_atom: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From the `rel="next"` link of the page before. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An Atom 1.0 feed (RFC 4287). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/atom+xml': string;
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FactChecksController_json: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From the `rel="next"` link of the page before. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A JSON Feed 1.1. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/feed+json': components['schemas']['JsonFeed'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  FactChecksController_page: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The fact check’s page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No published fact check has this slug (a browser gets an HTML page). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `ingester`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MeController_verdicts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyVerdicts'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  PeopleController_list: {
    parameters: {
      query?: {
        /** @description Only people who may do what this role may: the role or one above it (`factchecker` for research). */
        role?: components['schemas']['Role'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonList'];
        };
      };
      /** @description An unknown `role` (`errors[]` names it). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  QueueController_research: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The claim with `lease`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetail'];
        };
      };
      /** @description Nothing is waiting. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `factchecker`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description You already hold MAX_LEASES_PER_PERSON claims (`/problems/lease-limit`): submit or release one first. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  QueueController_review: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The claim with `lease`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetail'];
        };
      };
      /** @description Nothing is waiting. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `editor`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description You already hold MAX_LEASES_PER_PERSON claims (`/problems/lease-limit`): submit or release one first. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  RatingsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RatingScale'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `ingester`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ServiceIndexController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ServiceIndex'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserList'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `admin`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 1 to 255 visible ASCII characters, chosen by the caller (a UUID is a good one) and kept per caller. A retry with the same key and request answers 200 with the person it created, without the key, which is shown once and not kept (`POST /v1/users/{id}/key` gives a new one). The same key with another request is a 422. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUser'];
      };
    };
    responses: {
      /** @description A retry: the person the first request created, without the key. */
      200: {
        headers: {
          /** @description `true`: this answers a retry of an earlier request. */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedUser'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `admin`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used before for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked (or already revoked). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `admin`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The built-in system or environment admin user (change ADMIN_API_KEY in the environment). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  UsersController_rotate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserWithKey'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `admin`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The person was revoked, or is a built-in user. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookSubscriptionList'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `admin`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description 1 to 255 visible ASCII characters, chosen by the caller (a UUID is a good one) and kept per caller. A retry with the same key and request answers 200 with the subscription it created, without the secret, which is shown once (delete the subscription and subscribe again for a new one). The same key with another request is a 422. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateWebhook'];
      };
    };
    responses: {
      /** @description A retry: the subscription the first request created, without its secret. */
      200: {
        headers: {
          /** @description `true`: this answers a retry of an earlier request. */
          'Idempotent-Replayed'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookSubscription'];
        };
      };
      /** @description The subscription with its `secret`, shown this once. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedWebhookSubscription'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `admin`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is larger than 2 MB (after decompression). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON, or not in UTF-8. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Idempotency-Key was used before for a different request. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_delete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `admin`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_listDeliveries: {
    parameters: {
      query?: {
        limit?: number;
        status?: components['schemas']['DeliveryStatus'];
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDeliveryList'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `admin`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  WebhooksController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; an `Idempotency-Key` header, which this operation does not take; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No API key, a malformed `Authorization` header, a key that is unknown or revoked, or two credentials (two `Authorization` headers, a key in the address). */
      401: {
        headers: {
          /** @description `Bearer` */
          'WWW-Authenticate'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The key’s role is below `admin`. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Nothing with that id (an id that is not a UUID is not one either). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The delivery is being attempted (its first attempt, or one that is due), a waiting delivery comes after an earlier pending one about the same claim or article, or the subscription is disabled. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OpenApiController_page: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Swagger UI. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OpenApiController_document: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The OpenAPI document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Over RATE_LIMIT_PER_MINUTE requests a minute from this key (without a key, this address). */
      429: {
        headers: {
          /** @description Seconds until the limit resets. */
          'Retry-After'?: number;
          /** @description Requests allowed a minute. */
          'X-RateLimit-Limit'?: number;
          /** @description Requests left this minute. */
          'X-RateLimit-Remaining'?: number;
          /** @description Seconds until the count resets. */
          'X-RateLimit-Reset'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MetricsController_metrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: malformed JSON or not UTF-8, nested deeper than 32 levels, an array over 1000 items, a field the schema does not declare (or a body where the operation reads none), or a value that fails validation; `errors[]` names each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
