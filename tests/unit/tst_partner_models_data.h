// Multi-line JSON samples of tst_partner_models (kept out of moc's sight).
#pragma once

inline const char *kSample0 = R"({
            "type": "partner_organization", "display_name": "Acme Solar GmbH",
            "partner_id": "p-1", "org_id": "456", "email": "contact@acme-solar.de",
            "phone": "+49 941 123456", "activity_radius": 50,
            "image_uri": {"original": "https://x/o.png", "thumbnail_32": "https://x/t.png"},
            "geolocations": [{"address": {"street": "Auweg", "street_number": "10",
                "city": "Regensburg", "postal_code": "93055", "country": "DE"},
                "lat": 49.013, "lng": 12.101}],
            "future_field": {"kept": true}})";

inline const char *kSample1 = R"({
            "action": "entity-read", "resource": "entity:123:contact:*", "effect": "deny",
            "x-note": "kept",
            "conditions": [
                {"attribute": "workflows.primary.task_name", "operation": "equals",
                 "values": ["Qualification"]},
                {"operation": "in_range", "attribute": "amount", "min": 1, "max": 9}],
            "dependencies": [{"action": "entity-view", "resource": "entity:123:contact:*"}]})";
