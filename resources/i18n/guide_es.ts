<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Accessible</name>
    <message>
        <source>Clear “{field}”</source>
        <translation>Borrar «{field}»</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
</context>
<context>
    <name>AreaName</name>
    <message>
        <source>Alabama</source>
        <translation>Alabama</translation>
    </message>
    <message>
        <source>Alaska</source>
        <translation>Alaska</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa Americana</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>Arizona</translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation>Arkansas</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation>Colorado</translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation>Connecticut</translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation>Delaware</translation>
    </message>
    <message>
        <source>District of Columbia</source>
        <translation>Distrito de Columbia</translation>
    </message>
    <message>
        <source>Florida</source>
        <translation>Florida</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>Hawái</translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation>Idaho</translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation>Indiana</translation>
    </message>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation>Iowa</translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation>Kansas</translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation>Kentucky</translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation>Luisiana</translation>
    </message>
    <message>
        <source>Maine</source>
        <translation>Maine</translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation>Maryland</translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation>Massachusetts</translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation>Michigan</translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation>Minnesota</translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation>Misisipi</translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation>Missouri</translation>
    </message>
    <message>
        <source>Montana</source>
        <translation>Montana</translation>
    </message>
    <message>
        <source>Nationwide</source>
        <translation>Todo el país</translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation>Nebraska</translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation>Nevada</translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation>Nuevo Hampshire</translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation>Nueva Jersey</translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation>Nuevo México</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>Nueva York</translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation>Carolina del Norte</translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation>Dakota del Norte</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Islas Marianas del Norte</translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation>Ohio</translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation>Oklahoma</translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation>Oregon</translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation>Pensilvania</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation>Rhode Island</translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation>Carolina del Sur</translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation>Dakota del Sur</translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation>Tennessee</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>Texas</translation>
    </message>
    <message>
        <source>U.S. Virgin Islands</source>
        <translation>Islas Vírgenes de los EE. UU.</translation>
    </message>
    <message>
        <source>Utah</source>
        <translation>Utah</translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation>Vermont</translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation>Virginia</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>Washington</translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation>Virginia Occidental</translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation>Wisconsin</translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation>Wyoming</translation>
    </message>
</context>
<context>
    <name>ArticleBrowser</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>This page is not available in Spanish; showing the English version.</source>
        <translation>Esta página no está disponible en español; se muestra la versión en inglés.</translation>
    </message>
    <message>
        <source>Updated {date}</source>
        <translation>Actualizado el {date}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Article: {title}</source>
        <translation>Artículo: {title}</translation>
    </message>
</context>
<context>
    <name>BookmarksManager</name>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>No bookmarks yet. Ctrl+D bookmarks the page shown.</source>
        <translation>Todavía no hay marcadores. Ctrl+D agrega a marcadores la página que se muestra.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {what} {number}</source>
        <translation>Copiar {what} {number}</translation>
    </message>
    <message>
        <source>Copy {number} to the clipboard</source>
        <translation>Copiar {number} al portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <source>{low} and older</source>
        <translation>{low} o más</translation>
    </message>
    <message>
        <source>up to {high}</source>
        <translation>hasta {high}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Cómo solicitarlo</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Documentos que debe llevar</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Atiende en</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>Cómo llegar</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>mediodía</translation>
    </message>
    <message>
        <source>midnight</source>
        <translation>medianoche</translation>
    </message>
    <message>
        <source>am</source>
        <translation>a. m.</translation>
    </message>
    <message>
        <source>pm</source>
        <translation>p. m.</translation>
    </message>
    <message>
        <source>open 24 hours</source>
        <translation>abierto las 24 horas</translation>
    </message>
    <message>
        <source>{opens} – {closes}</source>
        <translation>{opens} – {closes}</translation>
    </message>
    <message>
        <source>hours unknown</source>
        <translation>horario desconocido</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Today ({weekday}, {date}): {hours}</source>
        <translation>Hoy ({weekday}, {date}): {hours}</translation>
    </message>
    <message>
        <source>Today ({weekday}): {hours}</source>
        <translation>Hoy ({weekday}): {hours}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>{days}: {hours}</source>
        <translation>{days}: {hours}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Localizador</translation>
    </message>
    <message>
        <source>{number} ext. {extension}</source>
        <translation>{number} ext. {extension}</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>in {languages}</source>
        <translation>en {languages}</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Horario desconocido</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translation>Abierto las 24 horas</translation>
    </message>
    <message>
        <source>Open until {time}</source>
        <translation>Abierto hasta las {time}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Closed, opens {time}</source>
        <translation>Cerrado, abre {time}</translation>
    </message>
    <message>
        <source>serves this area</source>
        <translation>atiende esta zona</translation>
    </message>
    <message>
        <source>about {miles} mi</source>
        <translation>unas {miles} millas</translation>
    </message>
    <message>
        <source>{miles} mi</source>
        <translation>{miles} millas</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <source>Reading the directory…</source>
        <translation>Leyendo el directorio…</translation>
    </message>
    <message>
        <source>Reading services…</source>
        <translation>Leyendo los servicios…</translation>
    </message>
    <message>
        <source>Preparing organizations…</source>
        <translation>Preparando las organizaciones…</translation>
    </message>
    <message>
        <source>Writing the guide pack…</source>
        <translation>Escribiendo el paquete de la guía…</translation>
    </message>
    <message>
        <source>Import an Open Referral (HSDS) directory</source>
        <translation>Importar un directorio de Open Referral (HSDS)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation>Importar directorio</translation>
    </message>
    <message>
        <source>The directory could not be imported.</source>
        <translation>No se pudo importar el directorio.</translation>
    </message>
    <message>
        <source>The imported guide could not be opened.</source>
        <translation>No se pudo abrir la guía importada.</translation>
    </message>
    <message>
        <source>Imported {organizations} organizations ({services} services, {phones} phones) into {path}.</source>
        <translation>Se importaron {organizations} organizaciones ({services} servicios, {phones} teléfonos) en {path}.</translation>
    </message>
    <message>
        <source>{count} problem(s) were found; those rows were left out or imported in part. Show Details for the list.</source>
        <translation>Se encontraron {count} problema(s); esas filas se omitieron o se importaron en parte. La lista está en Mostrar detalles.</translation>
    </message>
</context>
<context>
    <name>ExternalLink</name>
    <message>
        <source>This opens your email program to write to:</source>
        <translation>Esto abrirá su programa de correo para escribir a:</translation>
    </message>
    <message>
        <source>This asks your system to call:</source>
        <translation>Esto le pedirá a su sistema que llame al:</translation>
    </message>
    <message>
        <source>This opens a web page in your browser. It needs an internet connection.</source>
        <translation>Esto abrirá una página web en su navegador. Necesita conexión a internet.</translation>
    </message>
    <message>
        <source>Your browser will keep this visit in its history, as it does every page you open, until you delete it there (or use a private window).</source>
        <translation>Su navegador guardará esta visita en su historial, como hace con cada página que usted abre, hasta que la borre allí (o use una ventana privada).</translation>
    </message>
    <message>
        <source>This link was not opened: only web (http, https), email and phone links are allowed.</source>
        <translation>No se abrió este enlace: solo se permiten enlaces web (http, https), de correo electrónico y de teléfono.</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>No se abrió el enlace</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>Dirección: {address}</translation>
    </message>
</context>
<context>
    <name>ExternalLinkDialog</name>
    <message>
        <source>Open an external link?</source>
        <translation>¿Abrir un enlace externo?</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
</context>
<context>
    <name>FactSheet</name>
    <message>
        <source>Content as of {date}</source>
        <translation>Contenido actualizado al {date}</translation>
    </message>
    <message>
        <source>This page is not available in Spanish; showing the English version.</source>
        <translation>Esta página no está disponible en español; se muestra la versión en inglés.</translation>
    </message>
    <message>
        <source>Sources and links</source>
        <translation>Fuentes y enlaces</translation>
    </message>
    <message>
        <source>{title}: contents</source>
        <translation>{title}: contenido</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Organization directory</source>
        <translation>Directorio de organizaciones</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>nationwide (US)</source>
        <translation>todo el país (EE. UU.)</translation>
    </message>
    <message>
        <source>serving {state}</source>
        <translation>atiende en {state}</translation>
    </message>
    <message>
        <source>in {language}</source>
        <translation>en {language}</translation>
    </message>
    <message>
        <source>open 24/7</source>
        <translation>atiende 24/7</translation>
    </message>
    <message>
        <source>with a text line</source>
        <translation>acepta mensajes de texto</translation>
    </message>
    <message>
        <source>matching “{text}”</source>
        <translation>que coinciden con «{text}»</translation>
    </message>
    <message>
        <source>Website: {address}</source>
        <translation>Sitio web: {address}</translation>
    </message>
    <message>
        <source>Email: {address}</source>
        <translation>Correo electrónico: {address}</translation>
    </message>
    <message>
        <source>Serves: {areas}</source>
        <translation>Atiende en: {areas}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Idiomas: {languages}</translation>
    </message>
    <message>
        <source>Checked {date}</source>
        <translation>Verificado el {date}</translation>
    </message>
    <message>
        <source>1 organization</source>
        <translation>1 organización</translation>
    </message>
    <message>
        <source>{count} organizations</source>
        <translation>{count} organizaciones</translation>
    </message>
    <message>
        <source>All {count}</source>
        <translation>Todas: {count}</translation>
    </message>
    <message>
        <source>No organization matches this filter.</source>
        <translation>Ninguna organización coincide con este filtro.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>In immediate danger: call {number}.</source>
        <translation>En peligro inmediato: llame al {number}.</translation>
    </message>
    <message>
        <source>call {number}</source>
        <translation>llame al {number}</translation>
    </message>
    <message>
        <source>text {number}</source>
        <translation>envíe un mensaje de texto al {number}</translation>
    </message>
    <message>
        <source>TTY/relay {number}</source>
        <translation>TTY/retransmisión {number}</translation>
    </message>
    <message>
        <source>National hotline</source>
        <translation>Línea nacional</translation>
    </message>
    <message>
        <source>Operated by {operator}.</source>
        <translation>Operada por {operator}.</translation>
    </message>
    <message>
        <source>Numbers checked {date}.</source>
        <translation>Números verificados el {date}.</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Dónde pedir ayuda</translation>
    </message>
    <message>
        <source>{title} — page {number} of {total}</source>
        <translation>{title} — página {number} de {total}</translation>
    </message>
    <message>
        <source>Help near {place}</source>
        <translation>Ayuda cerca de {place}</translation>
    </message>
    <message>
        <source>Open 24 hours</source>
        <translation>Abierto las 24 horas</translation>
    </message>
    <message>
        <source>Hours unknown: call first</source>
        <translation>Horario desconocido: llame antes</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Cerrado hoy</translation>
    </message>
    <message>
        <source>Today {hours}</source>
        <translation>Hoy {hours}</translation>
    </message>
    <message>
        <source>{miles} miles</source>
        <translation>{miles} millas</translation>
    </message>
    <message>
        <source>(approximate)</source>
        <translation>(aproximada)</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <source>within {miles} miles</source>
        <translation>a menos de {miles} millas</translation>
    </message>
    <message>
        <source>Opening hours change: call before you go.</source>
        <translation>Los horarios cambian: llame antes de ir.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the previous; Escape closes.</source>
        <translation>Intro busca la coincidencia siguiente; Mayús+Intro, la anterior; Escape cierra.</translation>
    </message>
    <message>
        <source>Clear the text to find</source>
        <translation>Borrar el texto que se busca</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda en la página</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>{position} of {total}</source>
        <translation>{position} de {total}</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Pages in this section</source>
        <translation>Páginas de esta sección</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <source>your bookmarks and your settings (zoom, presentation mode, language, appearance, discreet title)</source>
        <translation>sus marcadores y sus preferencias (zoom, modo de presentación, idioma, apariencia, título discreto)</translation>
    </message>
    <message>
        <source>the publishers you chose to trust</source>
        <translation>los editores en los que usted decidió confiar</translation>
    </message>
    <message>
        <source>the guides opened or imported on this computer: {count}</source>
        <translation>las guías abiertas o importadas en esta computadora: {count}</translation>
    </message>
    <message>
        <source>This removes from this computer everything this app keeps:</source>
        <translation>Esto quita de esta computadora todo lo que guarda esta aplicación:</translation>
    </message>
    <message>
        <source>The guide that comes with the app stays, and so do the PDFs you saved. The app then closes.</source>
        <translation>La guía que viene con la aplicación se queda, y también los PDF que usted guardó. Después, la aplicación se cierra.</translation>
    </message>
    <message>
        <source>&amp;Forget everything this app keeps…</source>
        <translation>&amp;Olvidar todo lo que guarda esta aplicación…</translation>
    </message>
    <message>
        <source>Forget everything this app keeps?</source>
        <translation>¿Olvidar todo lo que guarda esta aplicación?</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>Olvidar todo</translation>
    </message>
    <message>
        <source>Not everything could be removed</source>
        <translation>No se pudo quitar todo</translation>
    </message>
</context>
<context>
    <name>GuideShelf</name>
    <message>
        <source>This guide was refused: its signature no longer matches. It may have been changed since it was added, and it was not opened. Remove it, and open a fresh copy from its publisher.</source>
        <translation>Se rechazó esta guía: su firma ya no coincide. Puede que alguien la haya cambiado desde que se agregó, y no se abrió. Quítela y abra una copia nueva de su editor.</translation>
    </message>
    <message>
        <source>The guide could not be opened.</source>
        <translation>No se pudo abrir la guía.</translation>
    </message>
    <message>
        <source>Open a guide</source>
        <translation>Abrir una guía</translation>
    </message>
    <message>
        <source>This guide was refused: its signature does not match. It may have been changed after its publisher signed it, and it was not opened.</source>
        <translation>Se rechazó esta guía: su firma no coincide. Puede que alguien la haya cambiado después de que su editor la firmara, y no se abrió.</translation>
    </message>
    <message>
        <source>This guide could not be opened.</source>
        <translation>No se pudo abrir esta guía.</translation>
    </message>
    <message>
        <source>A newer edition of “{title}” ({new}, installed: {old}). Replace the installed edition? Show Details for what changed.</source>
        <translation>Una edición más reciente de «{title}» ({new}; instalada: {old}). ¿Reemplazar la edición instalada? Vea los detalles para saber qué cambió.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>This is an older edition of “{title}” ({new}) than the one installed ({old}). Older editions can have numbers that no longer work; it was not installed.</source>
        <translation>Esta es una edición de «{title}» ({new}) más antigua que la instalada ({old}). Las ediciones antiguas pueden tener números que ya no funcionan; no se instaló.</translation>
    </message>
    <message>
        <source>Install the older edition anyway</source>
        <translation>Instalar la edición antigua de todos modos</translation>
    </message>
    <message>
        <source>Open guide</source>
        <translation>Abrir guía</translation>
    </message>
    <message>
        <source>Another guide on this computer is also called “{title}”. Both are kept; the Guides window tells them apart by publisher and where each came from.</source>
        <translation>Otra guía de esta computadora también se llama «{title}». Se conservan las dos; la ventana Guías las distingue por su editor y por su procedencia.</translation>
    </message>
</context>
<context>
    <name>GuideStanding</name>
    <message>
        <source>Comes with the app</source>
        <translation>Incluida con la aplicación</translation>
    </message>
    <message>
        <source>Made on this computer from {file}</source>
        <translation>Creada en esta computadora a partir de {file}</translation>
    </message>
    <message>
        <source>Verified: {publisher}</source>
        <translation>Verificada: {publisher}</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>Phone numbers may have changed; check for a newer edition</source>
        <translation>Puede que los números de teléfono hayan cambiado; busque una edición más reciente</translation>
    </message>
    <message>
        <source>Trust this publisher…</source>
        <translation>Confiar en este editor…</translation>
    </message>
</context>
<context>
    <name>GuidesWindow</name>
    <message>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Content date</source>
        <translation>Fecha del contenido</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Guides on this computer</source>
        <translation>Guías de esta computadora</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Open guide &amp;file…</source>
        <translation>Abrir &amp;archivo de guía…</translation>
    </message>
    <message>
        <source>&amp;Trust this publisher…</source>
        <translation>&amp;Confiar en este editor…</translation>
    </message>
    <message>
        <source>&amp;Publishers…</source>
        <translation>&amp;Editores…</translation>
    </message>
    <message>
        <source>comes with the app</source>
        <translation>incluida con la aplicación</translation>
    </message>
    <message>
        <source>made on this computer from {file}</source>
        <translation>creada en esta computadora a partir de {file}</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>not verified (unknown key)</source>
        <translation>no verificada (clave desconocida)</translation>
    </message>
    <message>
        <source>refused: changed since it was signed</source>
        <translation>rechazada: cambió después de firmarse</translation>
    </message>
    <message>
        <source>Remove guide</source>
        <translation>Quitar guía</translation>
    </message>
    <message>
        <source>Remove “{title}” from this computer? The file it came from is not touched.</source>
        <translation>¿Quitar «{title}» de esta computadora? El archivo del que procede no se toca.</translation>
    </message>
</context>
<context>
    <name>HotlineBanner</name>
    <message>
        <source>Help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>In immediate danger? Call {number}.</source>
        <translation>¿Peligro inmediato? Llame al {number}.</translation>
    </message>
    <message>
        <source>{name}: call {number}</source>
        <translation>{name}: llame al {number}</translation>
    </message>
    <message>
        <source>{name} phone {number}</source>
        <translation>{name}, teléfono {number}</translation>
    </message>
    <message>
        <source>{name} phone number</source>
        <translation>número de teléfono de la {name}</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Enviar mensaje de texto</translation>
    </message>
    <message>
        <source>{hint} to {number}</source>
        <translation>{hint} al {number}</translation>
    </message>
    <message>
        <source>hotline text number</source>
        <translation>número de mensajes de texto de la línea</translation>
    </message>
    <message>
        <source>TTY: {number}</source>
        <translation>TTY: {number}</translation>
    </message>
    <message>
        <source>TTY {number}</source>
        <translation>TTY {number}</translation>
    </message>
    <message>
        <source>operated by {operator}</source>
        <translation>operada por {operator}</translation>
    </message>
    <message>
        <source>numbers verified {date}</source>
        <translation>números verificados el {date}</translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>American Sign Language</source>
        <translation>lengua de señas americana (ASL)</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>amárico</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>bengalí</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>birmano</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>criollo haitiano</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Hmong</source>
        <translation>hmong</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>jemer</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coreano</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>lao</translation>
    </message>
    <message>
        <source>Navajo</source>
        <translation>navajo</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>nepalí</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persa</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>panyabí</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somalí</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>suajili</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>tagalo</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tailandés</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamita</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>needs internet — {address}</source>
        <translation>necesita internet — {address}</translation>
    </message>
    <message>
        <source>the address is not known</source>
        <translation>no se conoce la dirección</translation>
    </message>
    <message>
        <source>No address: {reason}</source>
        <translation>Sin dirección: {reason}</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>{title}, {kind} by {publisher}: {address}</source>
        <translation>{title}, {kind} de {publisher}: {address}</translation>
    </message>
    <message>
        <source>These links lead to web sites outside the guide and &lt;b&gt;need an internet connection&lt;/b&gt;. The guide shows each address and asks before opening anything.</source>
        <translation>Estos enlaces llevan a sitios web fuera de la guía y &lt;b&gt;necesitan conexión a internet&lt;/b&gt;. La guía muestra cada dirección y pregunta antes de abrir nada.</translation>
    </message>
    <message>
        <source>These links need an internet connection</source>
        <translation>Estos enlaces necesitan conexión a internet</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Open in browser…</source>
        <translation>Abrir en el navegador…</translation>
    </message>
    <message>
        <source>Open the selected link in the browser</source>
        <translation>Abrir el enlace seleccionado en el navegador</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the selected link</source>
        <translation>Copiar el enlace seleccionado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Agregar esta página a marcadores</translation>
    </message>
    <message>
        <source>Bookmark this page (Ctrl+D)</source>
        <translation>Agregar esta página a los marcadores (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Find in page…</source>
        <translation>B&amp;uscar en la página…</translation>
    </message>
    <message>
        <source>Show contents</source>
        <translation>Mostrar el contenido</translation>
    </message>
    <message>
        <source>Show or hide the guide&apos;s contents beside the page (F9)</source>
        <translation>Mostrar u ocultar el contenido de la guía junto a la página (F9)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Tamaño normal</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Modo de presentación</translation>
    </message>
    <message>
        <source>Presentation mode for classrooms: full screen, large type (F11)</source>
        <translation>Modo de presentación para el aula: pantalla completa, letra grande (F11)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>About quick exit</source>
        <translation>Acerca de la salida rápida</translation>
    </message>
    <message>
        <source>About this guide</source>
        <translation>Acerca de esta guía</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>I&amp;r</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>&amp;Import directory…</source>
        <translation>Im&amp;portar directorio…</translation>
    </message>
    <message>
        <source>Make a guide from an Open Referral (HSDS) resource directory</source>
        <translation>Crear una guía a partir de un directorio de recursos de Open Referral (HSDS)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Content: {date}</source>
        <translation>Contenido: {date}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Pack v{schema} · app {version}</source>
        <translation>Paquete v{schema} · aplicación {version}</translation>
    </message>
    <message>
        <source>This page cannot be shown: {reason}</source>
        <translation>No se puede mostrar esta página: {reason}</translation>
    </message>
    <message>
        <source>This page is not in the guide ({kind} “{target}”).</source>
        <translation>Esta página no está en la guía ({kind} «{target}»).</translation>
    </message>
    <message>
        <source>&amp;Manage bookmarks…</source>
        <translation>&amp;Administrar marcadores…</translation>
    </message>
    <message>
        <source>Bookmark removed</source>
        <translation>Marcador eliminado</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Guardada en marcadores</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Todavía no hay marcadores</translation>
    </message>
    <message>
        <source>This bookmark points to a page that is no longer in the guide.</source>
        <translation>Este marcador lleva a una página que ya no está en la guía.</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>Open an article or an organization list to print it.</source>
        <translation>Abra un artículo o una lista de organizaciones para imprimirlos.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>No se pudo imprimir</translation>
    </message>
    <message>
        <source>The fact sheet could not be made: {reason}</source>
        <translation>No se pudo preparar la hoja informativa: {reason}</translation>
    </message>
    <message>
        <source>Works offline: the guide never connects to the internet. Content of {date}, pack version {schema}, app {version}.</source>
        <translation>Funciona sin conexión: la guía nunca se conecta a internet. Contenido del {date}, versión del paquete {schema}, aplicación {version}.</translation>
    </message>
    <message>
        <source>Places near a ZIP code: the zipcodes package (MIT licence), with data from GeoNames (CC BY 4.0), unitedstateszipcodes.org and the USPS.</source>
        <translation>Lugares cerca de un código postal (ZIP): el paquete zipcodes (licencia MIT), con datos de GeoNames (CC BY 4.0), unitedstateszipcodes.org y el USPS.</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>Acerca de «{title}»</translation>
    </message>
    <message>
        <source>&amp;Open guide…</source>
        <translation>&amp;Abrir guía…</translation>
    </message>
    <message>
        <source>Open a guide pack file, e.g. from a USB stick</source>
        <translation>Abrir un archivo de guía, por ejemplo de una memoria USB</translation>
    </message>
    <message>
        <source>&amp;Guides…</source>
        <translation>&amp;Guías…</translation>
    </message>
    <message>
        <source>The guides on this computer: switch, remove</source>
        <translation>Las guías de esta computadora: cambiar de guía, quitar</translation>
    </message>
    <message>
        <source>&amp;Discreet title</source>
        <translation>Título &amp;discreto</translation>
    </message>
    <message>
        <source>Show only the guide&apos;s title in the title bar, the taskbar and Alt+Tab, never the page&apos;s name</source>
        <translation>Mostrar solo el título de la guía en la barra de título, la barra de tareas y Alt+Tab, nunca el nombre de la página</translation>
    </message>
</context>
<context>
    <name>MenuModel</name>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>The guide&apos;s sections. Arrows move, Enter opens the page, typing jumps to a title.</source>
        <translation>Las secciones de la guía. Las flechas mueven la selección, Intro abre la página y al escribir se salta a un título.</translation>
    </message>
</context>
<context>
    <name>OrganizationDetail</name>
    <message>
        <source>Organization details</source>
        <translation>Datos de la organización</translation>
    </message>
    <message>
        <source>Choose an organization in the list to see its phone numbers, hours and sources.</source>
        <translation>Elija una organización de la lista para ver sus teléfonos, horarios y fuentes.</translation>
    </message>
    <message>
        <source>Also known as {name}</source>
        <translation>También conocida como {name}</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>También conocida como</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Services ({count})</source>
        <translation>Servicios ({count})</translation>
    </message>
    <message>
        <source>Locations ({count})</source>
        <translation>Lugares ({count})</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Atiende</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>{kind} number</source>
        <translation>número de {kind}</translation>
    </message>
    <message>
        <source>{kind} hours</source>
        <translation>horario de {kind}</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>Horario de la semana</translation>
    </message>
    <message>
        <source>Asks before opening: {address}</source>
        <translation>Pregunta antes de abrir: {address}</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Website {address}</source>
        <translation>Sitio web {address}</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Email {address}</source>
        <translation>Correo electrónico {address}</translation>
    </message>
    <message>
        <source>Shows the details below</source>
        <translation>Muestra los detalles debajo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Offered at</source>
        <translation>Se ofrece en</translation>
    </message>
    <message>
        <source>Offered at {place}</source>
        <translation>Se ofrece en {place}</translation>
    </message>
</context>
<context>
    <name>OrganizationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Atiende</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Near, hours</source>
        <translation>Distancia, horario</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(no disponible)</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mensajes de texto</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <source>Filter by name, place, service…</source>
        <translation>Filtrar por nombre, lugar, servicio…</translation>
    </message>
    <message>
        <source>Filter organizations by text</source>
        <translation>Filtrar organizaciones por texto</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Organizations serving this state, nationwide ones included</source>
        <translation>Organizaciones que atienden en este estado, incluidas las de alcance nacional</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Only organizations answering 24/7</source>
        <translation>Solo organizaciones que atienden 24/7</translation>
    </message>
    <message>
        <source>Has text line</source>
        <translation>Acepta mensajes de texto</translation>
    </message>
    <message>
        <source>Only organizations with a text line</source>
        <translation>Solo organizaciones que aceptan mensajes de texto</translation>
    </message>
    <message>
        <source>Near ZIP</source>
        <translation>Cerca del código postal</translation>
    </message>
    <message>
        <source>e.g. 96813</source>
        <translation>p. ej. 96813</translation>
    </message>
    <message>
        <source>Near ZIP code (not saved)</source>
        <translation>Cerca del código postal (no se guarda)</translation>
    </message>
    <message>
        <source>within {miles} miles</source>
        <translation>a menos de {miles} millas</translation>
    </message>
    <message>
        <source>Distance from the ZIP code</source>
        <translation>Distancia desde el código postal</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abierto ahora</translation>
    </message>
    <message>
        <source>Only places open now (needs a ZIP code)</source>
        <translation>Solo lugares abiertos ahora (requiere un código postal)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Number of organizations shown</source>
        <translation>Número de organizaciones que se muestran</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>{places} with a place within {miles} miles of {zip} ({city}), the nearest {listed} listed; {serving} serving the area</source>
        <translation>{places} con un lugar a menos de {miles} millas de {zip} ({city}), se muestran los {listed} más cercanos; {serving} atienden la zona</translation>
    </message>
    <message>
        <source>{shown} of 1 organization</source>
        <translation>{shown} de 1 organización</translation>
    </message>
    <message>
        <source>{shown} of {total} organizations</source>
        <translation>{shown} de {total} organizaciones</translation>
    </message>
</context>
<context>
    <name>PackProblemDialog</name>
    <message>
        <source>Cannot open the guide pack</source>
        <translation>No se puede abrir el paquete de la guía</translation>
    </message>
    <message>
        <source>The guide could not be opened.</source>
        <translation>No se pudo abrir la guía.</translation>
    </message>
    <message>
        <source>The guide pack is the file that holds all of the guide&apos;s content. You can choose another pack file, or close.</source>
        <translation>El paquete de la guía es el archivo que contiene todo su contenido. Puede elegir otro archivo de paquete o cerrar.</translation>
    </message>
    <message>
        <source>Choose another pack…</source>
        <translation>Elegir otro paquete…</translation>
    </message>
    <message>
        <source>Choose another pack file</source>
        <translation>Elegir otro archivo de paquete</translation>
    </message>
    <message>
        <source>Choose a guide pack</source>
        <translation>Elegir un paquete de la guía</translation>
    </message>
    <message>
        <source>Guide packs (*.pack);;All files (*)</source>
        <translation>Paquetes de la guía (*.pack);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The fact sheet could not be made.</source>
        <translation>No se pudo preparar la hoja informativa.</translation>
    </message>
    <message>
        <source>The article “{slug}” is not in this guide pack.</source>
        <translation>El artículo «{slug}» no está en este paquete de la guía.</translation>
    </message>
    <message>
        <source>The directory could not be made.</source>
        <translation>No se pudo preparar el directorio.</translation>
    </message>
    <message>
        <source>Print preview — {title}</source>
        <translation>Vista previa de impresión — {title}</translation>
    </message>
    <message>
        <source>Printing did not work.</source>
        <translation>No se pudo imprimir.</translation>
    </message>
    <message>
        <source>PDF on Letter paper (*.pdf)</source>
        <translation>PDF en papel carta (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF en papel A4 (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>No se pudo guardar el PDF.</translation>
    </message>
    <message>
        <source>Saved {path} (1 page)</source>
        <translation>Se guardó {path} (1 página)</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages)</source>
        <translation>Se guardó {path} ({pages} páginas)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <source>Quick exit (or press Shift three times): hides the guide at once, forgets what you looked at and searched for, and closes it. It helps if someone might look over your shoulder; it does not hide anything from monitoring software on this computer.</source>
        <translation>Salida rápida (o pulse Mayús tres veces): oculta la guía de inmediato, olvida lo que consultó y buscó, y la cierra. Sirve si alguien podría estar mirando por encima de su hombro; no oculta nada a los programas de vigilancia instalados en esta computadora.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search the guide (Ctrl+K)</source>
        <translation>Buscar en la guía (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Results appear as you type. Down arrow moves to the results; Enter opens the first; Escape clears.</source>
        <translation>Los resultados aparecen mientras escribe. La flecha hacia abajo lleva a los resultados; Intro abre el primero; Esc borra la búsqueda.</translation>
    </message>
</context>
<context>
    <name>SearchResultsPage</name>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Resumen de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>¿Quiso decir {suggestion}?</translation>
    </message>
    <message>
        <source>Showing results for “{text}”.</source>
        <translation>Se muestran los resultados de «{text}».</translation>
    </message>
    <message>
        <source>1 page in the {edition} edition matches.</source>
        <translation>1 página de la edición en {edition} coincide.</translation>
    </message>
    <message>
        <source>{count} pages in the {edition} edition match.</source>
        <translation>{count} páginas de la edición en {edition} coinciden.</translation>
    </message>
    <message>
        <source>Show the {edition} edition</source>
        <translation>Ver la edición en {edition}</translation>
    </message>
    <message>
        <source>The filters hide {count} results.</source>
        <translation>Los filtros ocultan {count} resultados.</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>Teléfono: {number}</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>1 result for “{text}”</source>
        <translation>1 resultado para «{text}»</translation>
    </message>
    <message>
        <source>{count} results for “{text}”</source>
        <translation>{count} resultados para «{text}»</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Shift three times</source>
        <translation>Mayús tres veces</translation>
    </message>
    <message>
        <source>Move between the window&apos;s parts</source>
        <translation>Pasar de una parte de la ventana a otra</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Contents: open the page chosen</source>
        <translation>Contenido: abrir la página elegida</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Contents: jump to a title</source>
        <translation>Contenido: ir a un título</translation>
    </message>
    <message>
        <source>type its first letters</source>
        <translation>escriba sus primeras letras</translation>
    </message>
    <message>
        <source>Search field: go to the results</source>
        <translation>Campo de búsqueda: ir a los resultados</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <source>Search field: clear</source>
        <translation>Campo de búsqueda: borrar</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Find in page: next, previous match</source>
        <translation>Buscar en la página: coincidencia siguiente, anterior</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Intro, Mayús+Intro</translation>
    </message>
    <message>
        <source>Find in page: close</source>
        <translation>Buscar en la página: cerrar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>TrustPublisher</name>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Trust this publisher</source>
        <translation>Confiar en este editor</translation>
    </message>
    <message>
        <source>This guide did not come with a publisher&apos;s key that matches its signature, so its publisher cannot be trusted from here. Ask the organization for its key file or for a copy of the guide with it.</source>
        <translation>Esta guía no vino con una clave de editor que coincida con su firma, así que no se puede confiar en su editor desde aquí. Pida a la organización su archivo de clave o una copia de la guía que lo incluya.</translation>
    </message>
</context>
<context>
    <name>TrustPublisherDialog</name>
    <message>
        <source>Trust this publisher</source>
        <translation>Confiar en este editor</translation>
    </message>
    <message>
        <source>This guide is signed, and the signature matches the key that came with it. This computer does not know that key yet.</source>
        <translation>Esta guía está firmada y la firma coincide con la clave que vino con ella. Esta computadora todavía no conoce esa clave.</translation>
    </message>
    <message>
        <source>(the file names no publisher)</source>
        <translation>(el archivo no nombra a ningún editor)</translation>
    </message>
    <message>
        <source>Publisher the file claims (not verified)</source>
        <translation>Editor que afirma el archivo (sin verificar)</translation>
    </message>
    <message>
        <source>Only trust this if the organization gave you this fingerprint in person or on paper: anyone can make a key and call it anything.</source>
        <translation>Confíe solo si la organización le dio esta huella digital en persona o en papel: cualquiera puede crear una clave y ponerle cualquier nombre.</translation>
    </message>
    <message>
        <source>Name to show for this publisher</source>
        <translation>Nombre que se mostrará para este editor</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>The file says it is from (not verified):</source>
        <translation>El archivo dice que es de (sin verificar):</translation>
    </message>
    <message>
        <source>Show this publisher as:</source>
        <translation>Mostrar este editor como:</translation>
    </message>
    <message>
        <source>The publisher could not be trusted.</source>
        <translation>No se pudo confiar en el editor.</translation>
    </message>
</context>
<context>
    <name>TrustedPublishersWindow</name>
    <message>
        <source>Trusted publishers</source>
        <translation>Editores de confianza</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>De confianza para</translation>
    </message>
    <message>
        <source>Publishers this computer trusts</source>
        <translation>Editores en los que confía esta computadora</translation>
    </message>
    <message>
        <source>&amp;Stop trusting…</source>
        <translation>&amp;Dejar de confiar…</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>this computer&apos;s setup (cannot be removed here)</source>
        <translation>la configuración de esta computadora (no se puede quitar aquí)</translation>
    </message>
    <message>
        <source>No publisher is trusted on this computer yet.</source>
        <translation>Esta computadora todavía no confía en ningún editor.</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Dejar de confiar</translation>
    </message>
    <message>
        <source>Stop trusting “{name}”? Its guides stay on this computer but are no longer shown as verified.</source>
        <translation>¿Dejar de confiar en «{name}»? Sus guías se quedan en esta computadora, pero ya no aparecen como verificadas.</translation>
    </message>
</context>
</TS>
