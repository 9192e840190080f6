#include "report/todo_cache.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "db/db.h"
#include "db/reads.h"
#include "report/home.h"

#define CACHE_MAGIC "zhibuTC1"
#define PART_SIZE 32

struct file_header {
	char magic[8];
	uint64_t key;
	uint32_t todo_size, nparts;
};

struct part_header {
	char part[PART_SIZE];
	int32_t y, m, d, within;
	uint64_t version;
	uint32_t text_size, nitems; /* text_size counts its NUL */
};

struct kept {
	struct part_header h;
	char *text;
	struct todo *items;     /* as read; NULL once taken or collected: then they are
	                         * the list's from list_from on */
	size_t list_from;
};

struct todo_cache {
	uint64_t key;
	struct kept *parts;
	size_t n;
	bool changed;
};

static void kept_free(struct kept *k)
{
	free(k->text);
	free(k->items);
	memset(k, 0, sizeof *k);
}

/* A part's read columns as db_readset_text writes them, and nothing a
 * damaged file could make the version read past. */
static bool text_valid(const char *t, size_t size)
{
	static const char word[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
	if (!size || t[size - 1])
		return false;
	for (const char *at = t; *at;) {
		size_t table = strspn(at, word);
		if (!table || table >= 64 || at[table] != '.')
			return false;
		at += table + 1;
		at += strspn(at, word);
		if (*at++ != '\n')
			return false;
	}
	return true;
}

static bool items_valid(struct todo *items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!todo_terminate(&items[i]))
			return false;
	return true;
}

static bool read_part(FILE *f, struct kept *k)
{
	memset(k, 0, sizeof *k);
	if (fread(&k->h, sizeof k->h, 1, f) != 1 || k->h.text_size > 1 << 20 || k->h.nitems > 1000000)
		return false;
	k->h.part[PART_SIZE - 1] = '\0';
	k->text = malloc(k->h.text_size ? k->h.text_size : 1);
	k->items = calloc(k->h.nitems + 1, sizeof *k->items);
	if (!k->text || !k->items)
		abort();
	return fread(k->text, 1, k->h.text_size, f) == k->h.text_size &&
	       text_valid(k->text, k->h.text_size) &&
	       fread(k->items, sizeof *k->items, k->h.nitems, f) == k->h.nitems &&
	       items_valid(k->items, k->h.nitems);
}

struct todo_cache *todo_cache_load(struct db *db)
{
	struct todo_cache *c = calloc(1, sizeof *c);
	if (!c)
		abort();
	c->key = home_cache_key(db_path(db));
	char *path = home_cache_path("todo", c->key, false);
	FILE *f = path ? fopen(path, "rb") : NULL;
	free(path);
	struct file_header h;
	if (!f)
		return c;
	if (fread(&h, sizeof h, 1, f) == 1 && !memcmp(h.magic, CACHE_MAGIC, 8) && h.key == c->key &&
	    h.todo_size == sizeof(struct todo) && h.nparts <= 256) {
		c->parts = calloc(h.nparts + 1, sizeof *c->parts);
		if (!c->parts)
			abort();
		for (; c->n < h.nparts; c->n++)
			if (!read_part(f, &c->parts[c->n])) {
				kept_free(&c->parts[c->n]);
				break; /* damaged from here on: the parts before it stand */
			}
	}
	fclose(f);
	return c;
}

static struct kept *find(struct todo_cache *c, const char *part)
{
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->parts[i].h.part, part))
			return &c->parts[i];
	return NULL;
}

bool todo_cache_take(struct todo_cache *c, struct db *db, const char *part, struct todo_list *l)
{
	struct kept *k = find(c, part);
	uint64_t version;
	if (!k || k->h.y != l->as_of.y || k->h.m != l->as_of.m || k->h.d != l->as_of.d ||
	    k->h.within != l->within_days || !db_reads_version(db, k->text, &version) || version != k->h.version)
		return false;
	/* The items move to the list, and are written back from there: a
	 * December list of 20,000 members is a few MB. */
	k->list_from = l->count;
	for (size_t i = 0; i < k->h.nitems; i++)
		todo_add_item(l, &k->items[i]);
	free(k->items);
	k->items = NULL;
	return true;
}

void todo_cache_keep(struct todo_cache *c, const char *part, struct date as_of, int within, const char *reads,
		     uint64_t version, size_t from, size_t n)
{
	struct kept k = { 0 };
	if (strlen(part) >= PART_SIZE)
		return;
	k.text = strdup(reads);
	if (!k.text)
		abort();
	k.h.version = version;
	text_copy(k.h.part, sizeof k.h.part, part);
	k.h.y = as_of.y;
	k.h.m = as_of.m;
	k.h.d = as_of.d;
	k.h.within = within;
	k.h.text_size = (uint32_t)strlen(k.text) + 1;
	k.h.nitems = (uint32_t)n;
	k.list_from = from;
	struct kept *old = find(c, part);
	if (!old) {
		c->parts = realloc(c->parts, (c->n + 1) * sizeof *c->parts);
		if (!c->parts)
			abort();
		old = &c->parts[c->n++];
	} else {
		kept_free(old);
	}
	*old = k;
	c->changed = true;
}

struct file {
	const struct todo_cache *c;
	const struct todo_list *l;
};

static bool write_parts(FILE *f, const void *ctx)
{
	const struct todo_cache *c = ((const struct file *)ctx)->c;
	const struct todo_list *l = ((const struct file *)ctx)->l;
	struct file_header h = { .key = c->key, .todo_size = sizeof(struct todo), .nparts = (uint32_t)c->n };
	memcpy(h.magic, CACHE_MAGIC, 8);
	if (fwrite(&h, sizeof h, 1, f) != 1)
		return false;
	for (size_t i = 0; i < c->n; i++) {
		const struct kept *k = &c->parts[i];
		if (fwrite(&k->h, sizeof k->h, 1, f) != 1 || fwrite(k->text, 1, k->h.text_size, f) != k->h.text_size ||
		    !todo_write_items(f, k->items ? k->items : l->items + k->list_from, k->h.nitems))
			return false;
	}
	return true;
}

void todo_cache_close(struct todo_cache *c, const struct todo_list *l)
{
	if (c->changed)
		home_cache_replace("todo", c->key, write_parts, &(struct file){ c, l });
	todo_cache_forget(c);
}

void todo_cache_forget(struct todo_cache *c)
{
	for (size_t i = 0; i < c->n; i++)
		kept_free(&c->parts[i]);
	free(c->parts);
	free(c);
}
