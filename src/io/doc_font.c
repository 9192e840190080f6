/* The fonts of a document, cut down before layout.
 *
 * Noto Serif CJK is a CFF font of 65,000 glyphs; cairo reads a face's whole
 * CFF table to embed a subset of it, which costs a few tenths of a second and
 * over 100 MB for every PDF.  So the characters the document uses are
 * gathered first, the regular and bold faces are subset to them with
 * HarfBuzz (the glyphs and their layout tables; the names stay, so the
 * family is still Noto Serif CJK SC), and pango lays the document out with a
 * font map that holds only these small faces.  cairo then embeds a subset
 * of a subset: the same glyphs, in milliseconds. */
#include "io/doc_font.h"

#include <fontconfig/fontconfig.h>
#include <hb-subset.h>
#include <hb.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/text.h"

static void add_text(hb_set_t *set, const char *s)
{
	if (!s)
		return;
	size_t len = strlen(s), at = 0;
	while (at < len) {
		uint32_t cp;
		size_t n = utf8_decode(s + at, len - at, &cp);
		if (!n)
			n = 1;
		else
			hb_set_add(set, cp);
		at += n;
	}
}

static void gather(hb_set_t *set, const struct doc *d)
{
	/* What the writer adds: digits and dashes of page numbers, the
	 * ellipsis of the contents, the hyphen of a broken word, ASCII. */
	for (uint32_t c = 0x20; c < 0x7f; c++)
		hb_set_add(set, c);
	static const uint32_t extra[] = { 0x2010, 0x2011, 0x2014, 0x2026, 0xff1a, 0x3000 };
	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
		hb_set_add(set, extra[i]);
	add_text(set, d->name);
	add_text(set, d->contents);
	for (size_t i = 0; i < d->nblocks; i++) {
		const struct doc_block *b = &d->blocks[i];
		add_text(set, b->text);
		for (size_t k = 0; k < b->nrows * (size_t)b->ncols; k++)
			add_text(set, b->cells[k]);
	}
}

/* The file and index of family at weight, through fontconfig. */
static bool find_face(const char *family, int weight, char *file, size_t size, int *index)
{
	FcPattern *pat = FcPatternCreate();
	FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family);
	FcPatternAddInteger(pat, FC_WEIGHT, weight);
	FcConfigSubstitute(NULL, pat, FcMatchPattern);
	FcDefaultSubstitute(pat);
	FcResult res;
	FcPattern *m = FcFontMatch(NULL, pat, &res);
	FcPatternDestroy(pat);
	FcChar8 *path = NULL, *got = NULL;
	bool ok = m && FcPatternGetString(m, FC_FILE, 0, &path) == FcResultMatch &&
		  FcPatternGetString(m, FC_FAMILY, 0, &got) == FcResultMatch && !strcmp((char *)got, family) &&
		  FcPatternGetInteger(m, FC_INDEX, 0, index) == FcResultMatch;
	if (ok)
		snprintf(file, size, "%s", (const char *)path);
	if (m)
		FcPatternDestroy(m);
	return ok;
}

/* Subset one face to the set, into dir/name; true when written. */
static bool subset_face(const char *family, int weight, hb_set_t *set, const char *dir, const char *name,
			char *out, size_t size)
{
	char file[4096];
	int index;
	if (!find_face(family, weight, file, sizeof file, &index))
		return false;
	hb_blob_t *blob = hb_blob_create_from_file_or_fail(file);
	if (!blob)
		return false;
	hb_face_t *face = hb_face_create(blob, (unsigned)index);
	hb_blob_destroy(blob);
	hb_subset_input_t *in = hb_subset_input_create_or_fail();
	bool ok = false;
	if (in) {
		hb_set_union(hb_subset_input_unicode_set(in), set);
		/* Horizontal Chinese needs no glyph substitution or positioning
		 * of its own: leaving out GSUB and GPOS (and the hints, which a
		 * PDF does not use) makes the cut several times faster. */
		hb_set_t *drop = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
		hb_set_add(drop, HB_TAG('G', 'S', 'U', 'B'));
		hb_set_add(drop, HB_TAG('G', 'P', 'O', 'S'));
		hb_set_add(drop, HB_TAG('G', 'D', 'E', 'F'));
		hb_set_add(drop, HB_TAG('B', 'A', 'S', 'E'));
		hb_set_add(drop, HB_TAG('v', 'h', 'e', 'a'));
		hb_set_add(drop, HB_TAG('v', 'm', 't', 'x'));
		hb_set_add(drop, HB_TAG('V', 'O', 'R', 'G'));
		hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
		hb_face_t *sub = hb_subset_or_fail(face, in);
		hb_subset_input_destroy(in);
		if (sub) {
			hb_blob_t *data = hb_face_reference_blob(sub);
			unsigned len;
			const char *bytes = hb_blob_get_data(data, &len);
			snprintf(out, size, "%s/%s", dir, name);
			FILE *f = fopen(out, "wb");
			ok = f && len && fwrite(bytes, 1, len, f) == len;
			if (f && fclose(f) != 0)
				ok = false;
			hb_blob_destroy(data);
			hb_face_destroy(sub);
		}
	}
	hb_face_destroy(face);
	return ok;
}

PangoFontMap *doc_font_map(const struct doc *d, const char *family, char dir[DOC_FONT_DIR_SIZE])
{
	const char *tmp = getenv("TMPDIR");
	snprintf(dir, DOC_FONT_DIR_SIZE, "%s/zhibu-fonts-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		dir[0] = '\0';
		return NULL;
	}
	hb_set_t *set = hb_set_create();
	gather(set, d);
	char regular[DOC_FONT_DIR_SIZE + 32], bold[DOC_FONT_DIR_SIZE + 32];
	bool ok = subset_face(family, FC_WEIGHT_REGULAR, set, dir, "regular.otf", regular, sizeof regular) &&
		  subset_face(family, FC_WEIGHT_BOLD, set, dir, "bold.otf", bold, sizeof bold);
	hb_set_destroy(set);
	FcConfig *cfg = ok ? FcConfigCreate() : NULL;
	if (cfg && (!FcConfigAppFontAddFile(cfg, (const FcChar8 *)regular) ||
		    !FcConfigAppFontAddFile(cfg, (const FcChar8 *)bold))) {
		FcConfigDestroy(cfg);
		cfg = NULL;
	}
	if (!cfg) {
		doc_font_map_done(NULL, dir);
		return NULL;
	}
	PangoFontMap *fm = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	if (!fm) {
		FcConfigDestroy(cfg);
		doc_font_map_done(NULL, dir);
		return NULL;
	}
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fm), cfg);
	FcConfigDestroy(cfg); /* the font map holds its reference */
	return fm;
}

void doc_font_map_done(PangoFontMap *fm, const char *dir)
{
	if (fm)
		g_object_unref(fm);
	if (!dir || !*dir)
		return;
	char path[DOC_FONT_DIR_SIZE + 32];
	static const char *const names[] = { "regular.otf", "bold.otf" };
	for (size_t i = 0; i < 2; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}
