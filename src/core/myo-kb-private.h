/* myo-kb-private.h: the knowledge base's fields, for its loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "myo-kb.h"

G_BEGIN_DECLS

struct _MyoKb
{
  GObject     parent_instance;

  /* Owned */
  char       *disclaimer;
  double      zone_weights[MYO_ZONE_ESSENTIAL + 1];
  GPtrArray  *sources;
  GPtrArray  *views;
  GPtrArray  *regions;
  GPtrArray  *muscles;
  GPtrArray  *steps;
  GPtrArray  *routines;
  GPtrArray  *trigger_points;
  GPtrArray  *red_flags;
  GHashTable *ids;  /* "section:id" -> entry */
};

void     _myo_kb_init_tables (MyoKb      *self);
guint    _myo_kb_load        (MyoKb      *self,
                              const char *data,
                              gsize       length,
                              const char *filename,
                              GPtrArray  *problems);
gpointer _myo_kb_lookup_id   (MyoKb      *self,
                              const char *section,
                              const char *id);

G_END_DECLS
