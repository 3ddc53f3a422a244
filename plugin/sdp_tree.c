/* sdp_tree.c - the media checks (src/media.h) in Wireshark: see
 * sdp_tree.h.
 *
 * Cost: a message without SDP is handed to the model only once some call
 * of the file carried SDP (sipdiag_media_following()), and the model looks
 * it up only when its method takes part in offer/answer; a capture without
 * SDP pays one test per message.  Findings are kept per frame in file
 * scope, only for frames that have one.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sdp_tree.h"
#include "ws_compat.h"

#include <epan/expert.h>
#include <epan/proto.h>
#include <string.h>

#include "export.h"
#include "media.h"
#include "prefs.h"
#include "tree.h"

/* As many calls as the flow model follows (packet-sipdiag.c). */
#define SDP_MAX_CALLS 200000

static int proto_sipdiag = -1;
static sipdiag_media_t *media;
static wmem_map_t *findings_by_frame; /* frame -> frame_findings_t */

typedef struct {
    sipdiag_media_finding_t finding;
    int start, length;                 /* the SDP in the frame's tvb; -1: elsewhere */
} kept_finding_t;

typedef struct {
    unsigned count;
    kept_finding_t kept[];
} frame_findings_t;

static int hf_sdp_check = -1;
static int hf_sdp_summary = -1;
static int hf_sdp_fix = -1;
static int hf_sdp_offer = -1;
static int hf_sdp_answer = -1;
static int hf_sdp_stream = -1;
static int hf_sdp_media = -1;
static int hf_sdp_offer_codecs = -1;
static int hf_sdp_answer_codecs = -1;
static int hf_sdp_offer_direction = -1;
static int hf_sdp_answer_direction = -1;
static int hf_sdp_address = -1;
static int hf_sdp_public = -1;
static int hf_sdp_code = -1;
static int ett_sdp = -1;
static int ett_sdp_finding = -1;

static expert_field ei_sdp_no_common_codec = EI_INIT;
static expert_field ei_sdp_private_address = EI_INIT;
static expert_field ei_sdp_direction = EI_INIT;

static expert_field *const ei_of_kind[SIPDIAG_MEDIA_KIND_COUNT] = {
    [SIPDIAG_MEDIA_NO_COMMON_CODEC] = &ei_sdp_no_common_codec,
    [SIPDIAG_MEDIA_PRIVATE_ADDRESS] = &ei_sdp_private_address,
    [SIPDIAG_MEDIA_DIRECTION] = &ei_sdp_direction,
};

#define STRING_FIELD(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_STRING, BASE_NONE, NULL, 0x0, blurb, HFILL } }
#define FRAME_FIELD(hf, name, abbrev, blurb) \
    { &hf, { name, abbrev, FT_FRAMENUM, BASE_NONE, NULL, 0x0, blurb, HFILL } }

void
sipdiag_sdp_tree_register(int proto)
{
    proto_sipdiag = proto;
    static hf_register_info hf[] = {
        STRING_FIELD(hf_sdp_check, "Media check", "sipdiag.sdp.check",
                     "The media check that failed: no-common-codec, private-address, "
                     "direction"),
        STRING_FIELD(hf_sdp_summary, "Media finding", "sipdiag.sdp.summary",
                     "What the SDP offer and answer set up to fail, with their frames"),
        STRING_FIELD(hf_sdp_fix, "Media: what to check", "sipdiag.sdp.fix",
                     "What to check and change, most likely cause first"),
        FRAME_FIELD(hf_sdp_offer, "SDP offer in frame", "sipdiag.sdp.offer",
                    "The frame of the SDP offer (RFC 3264)"),
        FRAME_FIELD(hf_sdp_answer, "SDP answer in frame", "sipdiag.sdp.answer",
                    "The frame of the SDP answer, or of the 488/606 that refused the offer"),
        { &hf_sdp_stream,
          { "Media stream", "sipdiag.sdp.stream", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The m= line concerned, counted from 1", HFILL } },
        STRING_FIELD(hf_sdp_media, "Media", "sipdiag.sdp.media",
                     "The media of that m= line (audio, video...)"),
        STRING_FIELD(hf_sdp_offer_codecs, "Offered codecs", "sipdiag.sdp.offer_codecs",
                     "The offer's formats on that m= line, by rtpmap name and clock rate "
                     "(RFC 3551 for static payload types)"),
        STRING_FIELD(hf_sdp_answer_codecs, "Answered codecs", "sipdiag.sdp.answer_codecs",
                     "The answer's formats on that m= line"),
        STRING_FIELD(hf_sdp_offer_direction, "Offered direction",
                     "sipdiag.sdp.offer_direction",
                     "sendrecv, sendonly, recvonly or inactive, from the media or session "
                     "level"),
        STRING_FIELD(hf_sdp_answer_direction, "Answered direction",
                     "sipdiag.sdp.answer_direction", "The answer's direction on that stream"),
        STRING_FIELD(hf_sdp_address, "Private media address", "sipdiag.sdp.address",
                     "The c= address in private, shared, link-local or unique local space"),
        STRING_FIELD(hf_sdp_public, "Public hop address", "sipdiag.sdp.public",
                     "The packet's public source or destination address"),
        { &hf_sdp_code,
          { "Refused with", "sipdiag.sdp.code", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The 488 or 606 that refused the offer", HFILL } },
    };
    static int *ett[] = { &ett_sdp, &ett_sdp_finding };
    static ei_register_info ei[] = {
        { &ei_sdp_no_common_codec,
          { "sipdiag.sdp.no_common_codec", PI_PROTOCOL, PI_WARN,
            "SDP offer and answer share no codec", EXPFILL } },
        { &ei_sdp_private_address,
          { "sipdiag.sdp.private_address", PI_PROTOCOL, PI_WARN,
            "Private c= address across a public hop", EXPFILL } },
        { &ei_sdp_direction,
          { "sipdiag.sdp.direction", PI_PROTOCOL, PI_WARN,
            "SDP directions leave no media flowing", EXPFILL } },
    };
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
}

void
sipdiag_sdp_cleanup(void)
{
    sipdiag_media_free(media);
    media = NULL;
}

void
sipdiag_sdp_init(void)
{
    sipdiag_sdp_cleanup();
    media = sipdiag_media_new(SDP_MAX_CALLS);
    findings_by_frame = NULL;
}

static sipdiag_ip_t
ip_of(const address *addr)
{
    sipdiag_ip_t ip = { 0 };
    if (addr->type == AT_IPv4 && addr->len == 4) {
        ip.family = 4;
        memcpy(ip.bytes, addr->data, 4);
    } else if (addr->type == AT_IPv6 && addr->len == 16) {
        ip.family = 6;
        memcpy(ip.bytes, addr->data, 16);
    }
    return ip;
}

void
sipdiag_sdp_learn(const sipdiag_message_t *m, packet_info *pinfo, tvbuff_t *tvb)
{
    if (media == NULL || (m->sdp == NULL && !sipdiag_media_following(media)))
        return;
    sipdiag_media_msg_t msg = {
        .frame = pinfo->num,
        .is_response = m->is_response,
        .code = m->code,
        .method = m->method,
        .has_cseq = m->has_cseq,
        .cseq = m->cseq,
        .call_id = m->call_id,
        .sdp = m->sdp,
        .sdp_len = m->sdp != NULL ? (size_t)m->sdp_length : 0,
        .src = ip_of(&pinfo->net_src),
        .dst = ip_of(&pinfo->net_dst),
    };
    sipdiag_media_finding_t found[SIPDIAG_MEDIA_MAX_FINDINGS];
    unsigned count = sipdiag_media_feed(media, &msg, found);
    if (count == 0)
        return;
    sipdiag_export_media(m->call_id, found, count);
    if (findings_by_frame == NULL)
        findings_by_frame = wmem_map_new(wmem_file_scope(), g_direct_hash, g_direct_equal);
    /* Several messages of one frame (TCP) add to its list. */
    frame_findings_t *old = wmem_map_lookup(findings_by_frame, GUINT_TO_POINTER(pinfo->num));
    unsigned before = old != NULL ? old->count : 0;
    frame_findings_t *all = wmem_alloc(wmem_file_scope(), sizeof(frame_findings_t)
                                                              + (before + count)
                                                                    * sizeof(kept_finding_t));
    if (old != NULL)
        memcpy(all->kept, old->kept, before * sizeof(kept_finding_t));
    /* Point at the SDP when its bytes are the frame's own (not reassembled). */
    int start = -1;
    if (m->tvb != NULL && tvb_get_ds_tvb(m->tvb) == tvb_get_ds_tvb(tvb))
        start = tvb_raw_offset(m->tvb) - tvb_raw_offset(tvb) + m->sdp_start;
    for (unsigned i = 0; i < count; i++) {
        all->kept[before + i].finding = found[i];
        all->kept[before + i].start = m->sdp != NULL ? start : -1;
        all->kept[before + i].length = m->sdp != NULL ? m->sdp_length : 0;
    }
    all->count = before + count;
    wmem_map_insert(findings_by_frame, GUINT_TO_POINTER(pinfo->num), all);
}

static void
add_string(proto_tree *tree, int hf, tvbuff_t *tvb, int start, int length, const char *text)
{
    if (text != NULL && text[0] != '\0')
        proto_item_set_generated(proto_tree_add_string(tree, hf, tvb, start, length, text));
}

static void
add_frame(proto_tree *tree, int hf, tvbuff_t *tvb, int start, int length, guint32 frame)
{
    if (frame != 0)
        proto_item_set_generated(proto_tree_add_uint(tree, hf, tvb, start, length, frame));
}

static void
add_finding(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb, const kept_finding_t *k)
{
    const sipdiag_media_finding_t *f = &k->finding;
    bool inside = k->start >= 0 && tvb_captured_length_remaining(tvb, k->start) >= k->length;
    int start = inside ? k->start : 0, length = inside ? k->length : 0;
    sipdiag_lang_t lang = sipdiag_prefs_lang();
    /* The summary is written out only if read (tree.c's wants()). */
    bool said = sipdiag_tree_wants_expert(tree, ei_of_kind[f->kind]);
    const char *line = "";
    if (said || proto_field_is_referenced(tree, hf_sdp_summary)) {
        char *summary = sipdiag_media_summary(f, lang);
        line = wmem_strdup(pinfo->pool, summary);
        g_free(summary);
    }
    proto_item *ti;
    proto_tree *sub = proto_tree_add_subtree_format(tree, tvb, start, length, ett_sdp_finding,
                                                    &ti, "Media: %s", line);
    add_string(sub, hf_sdp_check, tvb, start, length, sipdiag_media_key(f->kind));
    sipdiag_tree_add_text(sub, hf_sdp_summary, tvb, start, length, line);
    add_frame(sub, hf_sdp_offer, tvb, start, length, f->offer);
    add_frame(sub, hf_sdp_answer, tvb, start, length, f->answer);
    if (f->code != 0 && f->which == SIPDIAG_MEDIA_REFUSED)
        proto_item_set_generated(proto_tree_add_uint(sub, hf_sdp_code, tvb, start, length,
                                                     f->code));
    if (f->stream != 0)
        proto_item_set_generated(proto_tree_add_uint(sub, hf_sdp_stream, tvb, start, length,
                                                     f->stream));
    add_string(sub, hf_sdp_media, tvb, start, length, f->media);
    add_string(sub, hf_sdp_offer_codecs, tvb, start, length, f->offered);
    add_string(sub, hf_sdp_answer_codecs, tvb, start, length, f->answered);
    if (f->kind == SIPDIAG_MEDIA_DIRECTION) {
        add_string(sub, hf_sdp_offer_direction, tvb, start, length,
                   sipdiag_sdp_direction_name(f->offer_direction));
        add_string(sub, hf_sdp_answer_direction, tvb, start, length,
                   sipdiag_sdp_direction_name(f->answer_direction));
    }
    add_string(sub, hf_sdp_address, tvb, start, length, f->address);
    add_string(sub, hf_sdp_public, tvb, start, length, f->public_address);
    sipdiag_tree_add_text(sub, hf_sdp_fix, tvb, start, length,
                          sipdiag_media_texts(f->which, lang)->fix);
    if (said)
        expert_add_info_format(pinfo, ti, ei_of_kind[f->kind], "%s",
                               sipdiag_tree_fit_label(wmem_strdup(pinfo->pool, line)));
}

void
sipdiag_sdp_show(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb)
{
    if (findings_by_frame == NULL)
        return;
    const frame_findings_t *at = wmem_map_lookup(findings_by_frame, GUINT_TO_POINTER(pinfo->num));
    if (at == NULL)
        return;
    proto_item *top = proto_tree_add_item(tree, proto_sipdiag, tvb, 0, 0, ENC_NA);
    proto_item_append_text(top, ": media (SDP offer/answer)");
    proto_tree *sub = proto_item_add_subtree(top, ett_sdp);
    for (unsigned i = 0; i < at->count; i++)
        add_finding(sub, pinfo, tvb, &at->kept[i]);
}
